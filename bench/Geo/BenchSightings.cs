using DroneInspect.Geo.Placement;

namespace DroneInspect.Bench.Geo;

/// <summary>
/// Sightings of random pole tops and mid-span conductor points, each from a drone 20-35 m to the side and 25-40 m above
/// ground looking straight at its target (so the target sits at the principal point, give or take a pixel).
/// </summary>
internal static class BenchSightings
{
    public const int WidthPixels = 640;
    public const int HeightPixels = 512;
    public const double FocalPixels = 1000;

    public static (CameraView[] Views, double[] PixelX, double[] PixelY, string[] Expected) Create(BenchNetwork network, int count, int seed)
    {
        var random = new Random(seed);
        var views = new CameraView[count];
        var px = new double[count];
        var py = new double[count];
        var expected = new string[count];
        for (var i = 0; i < count; i++)
        {
            var line = random.Next(network.Lines);
            var pole = random.Next(1, BenchNetwork.SpansPerLine);
            var north = line * BenchNetwork.LineSpacingMeters;
            double east, height;
            if (random.Next(2) == 0)
            {
                east = pole * BenchNetwork.SpanMeters;
                height = BenchNetwork.PoleHeightMeters;
                expected[i] = $"P-{line}-{pole}";
            }
            else
            {
                east = (pole + 0.5) * BenchNetwork.SpanMeters;
                height = BenchNetwork.AttachmentMeters - 1;
                expected[i] = $"L-{line}";
            }

            var side = (random.Next(2) == 0 ? -1 : 1) * (20 + (15 * random.NextDouble()));
            var along = (random.NextDouble() - 0.5) * 20;
            var above = 25 + (15 * random.NextDouble());
            var (dx, dy, dz) = (-along, -side, height - above);
            var yaw = Math.Atan2(dx, dy) * 180 / Math.PI;
            var pitch = Math.Atan2(dz, Math.Sqrt((dx * dx) + (dy * dy))) * 180 / Math.PI;
            var (lon, lat) = BenchNetwork.ToLonLat(east + along, north + side);
            views[i] = new CameraView(lat, lon, BenchNetwork.GroundMeters + above, BenchNetwork.GroundMeters, yaw, pitch, 0,
                FocalPixels, FocalPixels, WidthPixels / 2.0, HeightPixels / 2.0, WidthPixels, HeightPixels);
            px[i] = (WidthPixels / 2.0) + random.NextDouble() - 0.5;
            py[i] = (HeightPixels / 2.0) + random.NextDouble() - 0.5;
        }

        return (views, px, py, expected);
    }
}
