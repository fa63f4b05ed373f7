using DroneInspect.Geo.Placement;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Evidence;

/// <summary>
/// Maps a box of the thermal map onto the paired RGB image through both cameras' views as their files state them (pose
/// and intrinsics, <see cref="CameraViews"/>): each corner's viewing direction from the thermal camera is projected
/// into the RGB camera. The two lenses are taken to share one position (a few centimetres apart on one gimbal): the
/// parallax is negligible at inspection distances, and this is said in the evidence.
/// </summary>
public static class ThermalToRgb
{
    public const string Method = "thermal pixel -> viewing direction -> RGB pixel, through both files' pose and intrinsics (lenses taken as co-located)";

    /// <summary>The RGB box covering <paramref name="thermalBox"/>, or null with why it cannot be mapped.</summary>
    public static PixelBox? TryMap(
        CaptureMetadata thermal, int mapWidth, int mapHeight, CaptureMetadata rgb, int rgbWidth, int rgbHeight,
        PixelBox thermalBox, out string? why)
    {
        var thermalView = CameraViews.TryBuild(thermal, mapWidth, mapHeight, out var thermalMissing);
        var rgbView = CameraViews.TryBuild(rgb, rgbWidth, rgbHeight, out var rgbMissing);
        if (thermalView is null || rgbView is null)
        {
            why = thermalView is null
                ? $"the thermal image states no {thermalMissing}, so its hot spot cannot be mapped onto the RGB image"
                : $"the RGB image states no {rgbMissing}, so the hot spot cannot be mapped onto it";
            return null;
        }

        var from = new CameraModel(thermalView);
        var to = new CameraModel(rgbView);
        float x1 = float.PositiveInfinity, y1 = float.PositiveInfinity, x2 = float.NegativeInfinity, y2 = float.NegativeInfinity;
        foreach (var (x, y) in new[] { (thermalBox.X1, thermalBox.Y1), (thermalBox.X2, thermalBox.Y1), (thermalBox.X1, thermalBox.Y2), (thermalBox.X2, thermalBox.Y2) })
        {
            if (!to.TryProjectEnu(from.DirectionEnu(x, y), out var u, out var v))
            {
                why = "the hot spot lies behind the RGB camera as the files state their poses";
                return null;
            }

            (x1, y1, x2, y2) = (Math.Min(x1, (float)u), Math.Min(y1, (float)v), Math.Max(x2, (float)u), Math.Max(y2, (float)v));
        }

        if (x2 <= 0 || y2 <= 0 || x1 >= rgbWidth || y1 >= rgbHeight)
        {
            why = "the hot spot's projection falls outside the RGB frame";
            return null;
        }

        why = null;
        return new PixelBox(x1, y1, x2, y2);
    }
}
