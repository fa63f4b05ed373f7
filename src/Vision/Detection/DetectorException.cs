namespace DroneInspect.Vision.Detection;

/// <summary>The model or the image cannot be used by the detector; the message says which and why.</summary>
public sealed class DetectorException : Exception
{
    public DetectorException(string message)
        : base(message)
    {
    }

    public DetectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
