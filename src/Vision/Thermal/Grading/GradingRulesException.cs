namespace DroneInspect.Vision.Thermal.Grading;

/// <summary>The grading data file is unreadable or inconsistent; the message names the file and, where it can, the row id.</summary>
public sealed class GradingRulesException : Exception
{
    public GradingRulesException(string message)
        : base(message)
    {
    }

    public GradingRulesException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
