namespace DroneInspect.Cases.Requests;

/// <summary>Where a report is about, in WGS84 degrees (longitude first, as everywhere with NetTopologySuite).</summary>
public sealed record ReportLocation(double LongitudeDegrees, double LatitudeDegrees)
{
    /// <summary>True when both are finite and within [-180, 180] longitude and [-90, 90] latitude.</summary>
    public bool IsValid =>
        double.IsFinite(LongitudeDegrees) && double.IsFinite(LatitudeDegrees)
        && Math.Abs(LongitudeDegrees) <= 180 && Math.Abs(LatitudeDegrees) <= 90;
}
