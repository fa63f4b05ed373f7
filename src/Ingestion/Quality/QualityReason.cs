namespace DroneInspect.Ingestion.Quality;

/// <summary>A warning leaves the file in the flight (e.g. analysed but placed less precisely); a rejection takes it out.</summary>
public enum QualitySeverity
{
    Warning,
    Rejection,
}

/// <summary>One finding of the quality gate: a stable code (see <see cref="QualityCodes"/>) and plain words.</summary>
public sealed record QualityReason(string Code, string Message, QualitySeverity Severity);

/// <summary>The gate's reason codes, as they appear in JSON output.</summary>
public static class QualityCodes
{
    public const string NotRadiometric = "not-radiometric";
    public const string NoGps = "no-gps";
    public const string NoPose = "no-pose";
    public const string OutOfRange = "out-of-range";
    public const string Duplicate = "duplicate";
    public const string Unreadable = "unreadable";
}

/// <summary>The gate's decision on one file: accepted unless some reason is a rejection.</summary>
public sealed record QualityVerdict(IReadOnlyList<QualityReason> Reasons)
{
    public bool Accepted => Reasons.All(r => r.Severity != QualitySeverity.Rejection);

    /// <summary>"accepted" or "rejected".</summary>
    public string Verdict => Accepted ? "accepted" : "rejected";

    public bool Has(string code) => Reasons.Any(r => r.Code == code);
}
