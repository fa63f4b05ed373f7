namespace DroneInspect.Geo.Placement;

/// <summary>Where a sighting was placed in the world, on which asset, and how sure we are.</summary>
/// <param name="AltitudeMeters">Metres above sea level.</param>
/// <param name="UncertaintyMeters">3-D radius that should hold the true position about 90 % of the time (pose errors).</param>
/// <param name="Component">"conductor/A".."conductor/C", "attachment/A".."attachment/C" on a support, "top"/"body" of a pole or tower, equipment kind ("transformer"); null on the ground.</param>
/// <param name="Method">"asset" when the ray met an asset's 3-D geometry, "ground" when it fell back to the ground plane,
/// "camera" when it met neither (a ray above the horizon: the camera's position, uncertainty = maximum range).</param>
/// <param name="MatchConfidence">0..1: 1 when the ray passes through the element, falling to 0 at the match tolerance; 0 off assets.</param>
public sealed record Placement(
    double LatitudeDegrees,
    double LongitudeDegrees,
    double AltitudeMeters,
    double UncertaintyMeters,
    string? AssetId,
    string? Component,
    double MatchConfidence,
    string Method)
{
    /// <summary>Distance from the camera along the ray to the placed point, in metres.</summary>
    public double RangeMeters { get; init; }

    /// <summary>For a conductor: the ids of the span's two supports (first, second), when the line lists them.</summary>
    public IReadOnlyList<string>? SpanSupportIds { get; init; }

    /// <summary>The line a conductor or attachment hit belongs to (also when the asset is the support holding it).</summary>
    public string? LineId { get; init; }

    /// <summary>
    /// Metres from the camera to the asset network's extent when the camera was out of the network's reach (no ray
    /// could meet an asset): the placement is then on the ground in the capture's own UTM zone. Null when within reach
    /// or when the network has no assets.
    /// </summary>
    public double? DistanceToNetworkMeters { get; init; }
}
