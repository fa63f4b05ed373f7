using System.Runtime.InteropServices;
using DroneInspect.Synthetic.Camera;
using DroneInspect.Synthetic.Scene;
using OpenCvSharp;

namespace DroneInspect.Synthetic.Rendering;

/// <summary>Renders the visible-light image of one capture: sky, textured farmland with a track, then every stroke.</summary>
internal static class RgbRenderer
{
    private const double TrackNorthMeters = -9.0;
    private const double TrackHalfWidthMeters = 1.8;

    /// <summary>Returns a BGR 8-bit image; the caller disposes it.</summary>
    public static Mat Render(SceneModel scene, PinholeProjector projector, int seed)
    {
        var k = projector.Intrinsics;
        var pixels = new byte[k.WidthPixels * k.HeightPixels * 3];
        FillBackground(pixels, projector, new NoiseField(seed));
        var image = new Mat(k.HeightPixels, k.WidthPixels, MatType.CV_8UC3);
        Marshal.Copy(pixels, 0, image.Data, pixels.Length);
        foreach (var p in StrokeProjection.ProjectSorted(scene.Strokes, projector))
        {
            var colour = Colour(p.Stroke.Material);
            if (p.IsBlob)
            {
                Cv2.Circle(image, p.From, Math.Max(1, p.ThicknessPixels / 2), colour, -1, LineTypes.AntiAlias);
            }
            else
            {
                Cv2.Line(image, p.From, p.To, colour, p.ThicknessPixels, LineTypes.AntiAlias);
            }
        }

        return image;
    }

    private static void FillBackground(byte[] pixels, PinholeProjector projector, NoiseField noise)
    {
        var k = projector.Intrinsics;
        var camera = projector.Pose.Position;
        for (int y = 0; y < k.HeightPixels; y++)
        {
            for (int x = 0; x < k.WidthPixels; x++)
            {
                var ray = projector.RayDirection(x, y);
                double r, g, b;
                if (ray.U < -1e-6)
                {
                    double t = -camera.U / ray.U;
                    double e = camera.E + ray.E * t, n = camera.N + ray.N * t;
                    (r, g, b) = Ground(noise, e, n);
                    double haze = 1 - Math.Exp(-t / 1500);
                    r += (190 - r) * haze; g += (200 - g) * haze; b += (210 - b) * haze;
                }
                else
                {
                    double elevation = Math.Clamp(ray.U / ray.Length, 0, 1);
                    double s = Math.Sqrt(elevation);
                    r = 200 - 130 * s; g = 215 - 85 * s; b = 232 - 22 * s;
                }

                double grain = (noise.Hash(x, y ^ 0x3A7) - 0.5) * 8;
                int i = (y * k.WidthPixels + x) * 3;
                pixels[i] = ToByte(b + grain);
                pixels[i + 1] = ToByte(g + grain);
                pixels[i + 2] = ToByte(r + grain);
            }
        }
    }

    private static (double R, double G, double B) Ground(NoiseField noise, double e, double n)
    {
        if (Math.Abs(n - TrackNorthMeters + 0.8 * Math.Sin(e / 40)) < TrackHalfWidthMeters)
        {
            double v = 0.85 + 0.3 * noise.Value(e * 3, n * 3);
            return (150 * v, 140 * v, 122 * v);
        }

        double field = noise.Value(Math.Floor(e / 90) * 7.3, Math.Floor(n / 120) * 3.1);
        double texture = 0.75 + 0.5 * noise.Fractal(e * 0.35, n * 0.35);
        double stripes = 0.93 + 0.07 * Math.Sin(n * 2.2);
        return field < 0.35
            ? (150 * texture * stripes, 125 * texture * stripes, 70 * texture)   // ripe crop
            : (80 * texture, 120 * texture * stripes, 52 * texture);              // grass
    }

    private static Scalar Colour(Material material) => material switch
    {
        Material.Wood => new Scalar(45, 75, 105),
        Material.Concrete => new Scalar(170, 172, 175),
        Material.Steel => new Scalar(120, 125, 128),
        Material.Aluminium => new Scalar(190, 195, 198),
        Material.Porcelain => new Scalar(235, 238, 240),
        Material.Glass => new Scalar(120, 150, 95),
        Material.TransformerTank => new Scalar(105, 115, 108),
        Material.Nest => new Scalar(40, 78, 110),
        Material.Scorch => new Scalar(20, 22, 28),
        Material.FrayedStrand => new Scalar(225, 235, 240),
        _ => new Scalar(128, 128, 128),
    };

    private static byte ToByte(double v) => (byte)Math.Clamp((int)Math.Round(v), 0, 255);
}
