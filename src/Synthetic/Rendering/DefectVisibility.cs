using DroneInspect.Synthetic.Camera;
using DroneInspect.Synthetic.Scene;

namespace DroneInspect.Synthetic.Rendering;

/// <summary>Decides whether a planted defect is seen in a capture and where (occlusion is not modelled).</summary>
internal static class DefectVisibility
{
    /// <summary>A sighting must lie this far inside the image, so a hotspot's 5 x 5 px peak fits.</summary>
    public const double MarginPixels = 4;

    /// <summary>Defects further than this are too small to call seen.</summary>
    public const double MaxDistanceMeters = 60;

    /// <summary>Thermal defects are seen by thermal captures, visual defects by RGB captures.</summary>
    public static bool TryLocate(PlantedDefect defect, PinholeProjector projector, bool thermalImage, out double u, out double v)
    {
        u = v = double.NaN;
        bool matchingKind = thermalImage == (defect.Kind == "thermal");
        return matchingKind
            && projector.TryProject(defect.Position, out u, out v, out double depth)
            && depth <= MaxDistanceMeters
            && projector.IsInside(u, v, MarginPixels);
    }
}
