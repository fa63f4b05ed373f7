using DroneInspect.Synthetic.Camera;
using DroneInspect.Synthetic.Geometry;
using DroneInspect.Synthetic.Scene;
using OpenCvSharp;

namespace DroneInspect.Synthetic.Rendering;

/// <summary>A stroke projected into one image: end points in pixels, width in pixels, depth for painter's ordering.</summary>
internal readonly record struct ProjectedStroke(Point From, Point To, int ThicknessPixels, bool IsBlob, double DepthMeters, Stroke Stroke);

internal static class StrokeProjection
{
    private const int MaxThicknessPixels = 400;

    /// <summary>Marks on a component's surface (scorch, nest, frayed wires) are drawn after the component they sit on.</summary>
    private const double SurfaceMarkBiasMeters = 0.5;

    private static bool IsSurfaceMark(Material m) => m is Material.Scorch or Material.Nest or Material.FrayedStrand;

    /// <summary>Projects all strokes in front of the camera, clipped at the near plane, sorted far to near.</summary>
    public static List<ProjectedStroke> ProjectSorted(IReadOnlyList<Stroke> strokes, PinholeProjector projector)
    {
        var result = new List<ProjectedStroke>(strokes.Count);
        var pose = projector.Pose;
        double near = PinholeProjector.NearPlaneMeters;
        foreach (var s in strokes)
        {
            var a = pose.ToCamera(s.From);
            var b = pose.ToCamera(s.To);
            if (a.U < near && b.U < near)
            {
                continue;
            }

            Vec3 ca = a, cb = b;
            if (ca.U < near) ca = ca.Lerp(cb, (near - ca.U) / (cb.U - ca.U));
            if (cb.U < near) cb = cb.Lerp(ca, (near - cb.U) / (ca.U - cb.U));
            if (!ToPixel(projector, ca, out var pa) || !ToPixel(projector, cb, out var pb))
            {
                continue;
            }

            double depth = (ca.U + cb.U) / 2;
            double sortDepth = depth - (IsSurfaceMark(s.Material) ? SurfaceMarkBiasMeters : 0);
            double thickness = 2 * s.RadiusMeters * projector.Intrinsics.FxPixels / depth;
            int t = (int)Math.Clamp(Math.Round(thickness), 1, MaxThicknessPixels);
            result.Add(new ProjectedStroke(pa, pb, t, s.From == s.To, sortDepth, s));
        }

        result.Sort((x, y) => y.DepthMeters.CompareTo(x.DepthMeters));
        return result;
    }

    private static bool ToPixel(PinholeProjector projector, Vec3 camera, out Point p)
    {
        var k = projector.Intrinsics;
        double u = k.CxPixels + k.FxPixels * camera.E / camera.U;
        double v = k.CyPixels + k.FyPixels * camera.N / camera.U;
        const double limit = 100000;
        if (Math.Abs(u) > limit || Math.Abs(v) > limit)
        {
            p = default;
            return false;
        }

        p = new Point((int)Math.Round(u), (int)Math.Round(v));
        return true;
    }
}
