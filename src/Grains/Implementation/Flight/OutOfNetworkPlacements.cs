using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Placement;

namespace DroneInspect.Grains.Flight;

/// <summary>
/// Captures whose sightings could not be placed on the network because they lie far outside it: a wrong asset file,
/// or a flight over somewhere else. Each such capture is one problem naming the distance, so a report never says
/// "No problems" over findings placed thousands of kilometres from the network it was given.
/// </summary>
public static class OutOfNetworkPlacements
{
    /// <summary>
    /// A sighting placed off the assets farther than this from the network's extent is reported: beyond the locator's
    /// reach (its 500 m maximum range) with room for the ground points of oblique views taken beside the network.
    /// </summary>
    public const double ThresholdMeters = 1000;

    /// <summary>"capture X is 6,012 km from the asset network's extent; placed on the ground", one per capture, farthest first.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<CaptureRecord> captures, AssetNetwork network) =>
        captures
            .Where(c => c.Stage == CaptureStage.Done)
            .Select(c => (c.CaptureId, Meters: c.Sightings
                .Where(s => s.PlacementMethod != SightingLocator.MethodAsset)
                .Select(s => network.DistanceToExtentMeters(s.LongitudeDegrees, s.LatitudeDegrees))
                .Where(double.IsFinite)
                .DefaultIfEmpty(0)
                .Max()))
            .Where(c => c.Meters > ThresholdMeters)
            .OrderByDescending(c => c.Meters)
            .Select(c => AssetNetworkCheck.OutOfReachText(c.CaptureId, c.Meters))
            .ToList();
}
