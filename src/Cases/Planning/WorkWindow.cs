namespace DroneInspect.Cases.Planning;

/// <summary>What the crew will do on site.</summary>
public enum WorkKind
{
    Repair,
    Inspection,
}

/// <summary>
/// When the crew works on the asset, and whether supply is cut. Times UTC; texts show them in the utility's time zone.
/// </summary>
/// <param name="OutageDuration">How long supply is cut; null when <see cref="PlannedOutage"/> is false.</param>
public sealed record WorkWindow(WorkKind Kind, DateTimeOffset StartUtc, DateTimeOffset EndUtc, bool PlannedOutage, TimeSpan? OutageDuration)
{
    public TimeSpan Duration => EndUtc - StartUtc;
}
