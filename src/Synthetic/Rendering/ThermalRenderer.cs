using System.Runtime.InteropServices;
using DroneInspect.Synthetic.Camera;
using DroneInspect.Synthetic.Scene;
using OpenCvSharp;

namespace DroneInspect.Synthetic.Rendering;

/// <summary>
/// Renders the temperature field (Celsius per pixel, row-major) of one thermal capture: cold sky, ground near
/// ambient with texture and a sun-warmed track, every stroke at its temperature, then the planted hotspots as
/// smooth blobs whose centre pixels (at least 5 x 5) hold exactly the planted peak.
/// </summary>
internal static class ThermalRenderer
{
    /// <summary>Pixels within this distance of a hotspot's centre pixel hold exactly its peak temperature.</summary>
    public const double PlateauRadiusPixels = 3.0;

    public static float[] Render(SceneModel scene, PinholeProjector projector, int seed)
    {
        var k = projector.Intrinsics;
        var field = new float[k.WidthPixels * k.HeightPixels];
        FillBackground(field, projector, new NoiseField(seed + 1), scene.AmbientTemperatureCelsius);
        using (var mat = new Mat(k.HeightPixels, k.WidthPixels, MatType.CV_32FC1))
        {
            Marshal.Copy(field, 0, mat.Data, field.Length);
            foreach (var p in StrokeProjection.ProjectSorted(scene.Strokes, projector))
            {
                var t = new Scalar(p.Stroke.TemperatureCelsius);
                if (p.IsBlob)
                {
                    Cv2.Circle(mat, p.From, Math.Max(1, p.ThicknessPixels / 2), t, -1, LineTypes.Link8);
                }
                else
                {
                    Cv2.Line(mat, p.From, p.To, t, p.ThicknessPixels, LineTypes.Link8);
                }
            }

            Cv2.GaussianBlur(mat, mat, new Size(3, 3), 0.6); // optics
            Marshal.Copy(mat.Data, field, 0, field.Length);
        }

        foreach (var defect in scene.Defects)
        {
            if (DefectVisibility.TryLocate(defect, projector, thermalImage: true, out double u, out double v)
                && defect.TemperatureCelsius is double peak)
            {
                projector.TryProject(defect.Position, out _, out _, out double depth);
                double componentPixels = 0.08 * k.FxPixels / depth;
                PaintHotspot(field, k.WidthPixels, k.HeightPixels, (int)Math.Round(u), (int)Math.Round(v), peak,
                    Math.Max(1.5, componentPixels));
            }
        }

        return field;
    }

    private static void PaintHotspot(float[] field, int width, int height, int cx, int cy, double peak, double sigmaPixels)
    {
        int reach = (int)Math.Ceiling(PlateauRadiusPixels + 3 * sigmaPixels);
        for (int y = Math.Max(0, cy - reach); y <= Math.Min(height - 1, cy + reach); y++)
        {
            for (int x = Math.Max(0, cx - reach); x <= Math.Min(width - 1, cx + reach); x++)
            {
                double d = Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
                int i = y * width + x;
                if (d <= PlateauRadiusPixels)
                {
                    field[i] = (float)peak;
                    continue;
                }

                double g = Math.Exp(-0.5 * Math.Pow((d - PlateauRadiusPixels) / sigmaPixels, 2));
                double blended = field[i] + (peak - field[i]) * g;
                if (blended > field[i])
                {
                    field[i] = (float)blended;
                }
            }
        }
    }

    private static void FillBackground(float[] field, PinholeProjector projector, NoiseField noise, double ambientC)
    {
        var k = projector.Intrinsics;
        var camera = projector.Pose.Position;
        for (int y = 0; y < k.HeightPixels; y++)
        {
            for (int x = 0; x < k.WidthPixels; x++)
            {
                var ray = projector.RayDirection(x, y);
                double t;
                if (ray.U < -1e-6)
                {
                    double s = -camera.U / ray.U;
                    double e = camera.E + ray.E * s, n = camera.N + ray.N * s;
                    bool track = Math.Abs(n + 9.0 + 0.8 * Math.Sin(e / 40)) < 1.8;
                    t = track
                        ? ambientC + 9 + 2 * noise.Value(e * 2, n * 2)
                        : ambientC - 4 + 4 * noise.Fractal(e * 0.3, n * 0.3);
                }
                else
                {
                    double elevation = Math.Clamp(ray.U / ray.Length, 0, 1);
                    t = 5 - 15 * Math.Sqrt(elevation); // clear sky: +5 C at the horizon, -10 C at the zenith
                }

                field[y * k.WidthPixels + x] = (float)(t + (noise.Hash(x, y) - 0.5) * 0.3);
            }
        }
    }
}
