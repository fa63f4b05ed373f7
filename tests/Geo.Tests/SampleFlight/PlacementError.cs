using DroneInspect.Geo.Placement;
using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Geo.Tests.SampleFlight;

/// <summary>3-D distance in metres between a placement and a ground-truth position, measured in the locator's grid frame.</summary>
internal static class PlacementError
{
    public static double Meters(SightingLocator locator, CameraView anyView, Geo.Placement.Placement placement, GroundTruthDefect truth)
    {
        var frame = locator.CreateFrame(anyView);
        var placed = frame.ToGrid(placement.LongitudeDegrees, placement.LatitudeDegrees, placement.AltitudeMeters);
        var actual = frame.ToGrid(truth.Longitude, truth.Latitude, truth.AltitudeMeters);
        return (placed - actual).Length;
    }
}
