namespace DroneInspect.Geo.Placement;

/// <summary>Where a sighting was placed in the world, on which asset, and how sure we are.</summary>
/// <param name="Method">"asset" when the ray met an asset's 3-D geometry, "ground" when it fell back to the ground plane.</param>
/// <param name="MatchConfidence">0..1.</param>
public sealed record Placement(
    double LatitudeDegrees,
    double LongitudeDegrees,
    double AltitudeMeters,
    double UncertaintyMeters,
    string? AssetId,
    string? Component,
    double MatchConfidence,
    string Method);
