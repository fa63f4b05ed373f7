using DroneInspect.Synthetic.Geometry;
using DroneInspect.Synthetic.Scene;

namespace DroneInspect.Synthetic.Camera;

/// <summary>
/// Plans an inspection mission over the scene: two views of each equipped pole (oblique from south-west and
/// south-east, or oblique plus nadir), one oblique view of each 110 kV tower.
/// </summary>
internal static class FlightPlanner
{
    public static readonly DateTimeOffset MissionStart = new(2026, 6, 15, 10, 12, 0, TimeSpan.FromHours(2));

    private static readonly (string Target, double AzimuthDegrees, double DistanceMeters, double HeightMeters, double TargetHeightOffset)[] Views =
    [
        ("P-F3-02", 205, 17, 27, 0), ("P-F3-02", 155, 17, 27, 0),
        ("P-F3-03", 210, 16, 26, 0), ("P-F3-03", 150, 18, 28, 0),
        ("P-F3-04", 200, 18, 29, 0), ("P-F3-04", 0, 0, 30, 0),
        ("P-F3-05", 215, 15, 24, -1.2), ("P-F3-05", 160, 16, 25, -1.2),
        ("P-F3-06", 205, 17, 27, 0), ("P-F3-06", 0, 0, 31, 0),
        ("P-F3-07", 210, 17, 27, 0), ("P-F3-07", 150, 16, 26, 0),
        ("T110-01", 140, 15, 35, -6), ("T110-02", 220, 15, 35, -6),
    ];

    private static readonly HashSet<int> TiffThermalIndexes = [4, 9, 13];

    public static IReadOnlyList<CapturePosition> Plan(SceneModel scene, int seed)
    {
        var random = new Random(seed ^ 0x5EED);
        var captures = new List<CapturePosition>();
        var time = MissionStart;
        for (int i = 0; i < Views.Length; i++)
        {
            var view = Views[i];
            var support = scene.Supports.Single(s => s.Id == view.Target);
            var target = support.Base + new Vec3(0, 0, support.HeightMeters + view.TargetHeightOffset);
            double az = view.AzimuthDegrees * Math.PI / 180;
            var camera = new Vec3(target.E + view.DistanceMeters * Math.Sin(az) + Jitter(random, 0.6),
                target.N + view.DistanceMeters * Math.Cos(az) + Jitter(random, 0.6), view.HeightMeters + Jitter(random, 0.4));
            bool nadir = view.DistanceMeters == 0;
            var toTarget = target - camera;
            double yaw = nadir ? 90 + Jitter(random, 2) : Math.Atan2(toTarget.E, toTarget.N) * 180 / Math.PI + Jitter(random, 1);
            double pitch = nadir ? -90 : Math.Atan2(toTarget.U, Math.Sqrt(toTarget.E * toTarget.E + toTarget.N * toTarget.N)) * 180 / Math.PI;
            time = time.AddSeconds(i == 0 ? 0 : 9 + random.Next(0, 6));
            captures.Add(Quantize(scene.Frame, i + 1, time, view.Target, camera, yaw, pitch, random, TiffThermalIndexes.Contains(i + 1)));
        }

        return captures;
    }

    private static CapturePosition Quantize(LocalFrame frame, int index, DateTimeOffset time, string target, Vec3 camera,
        double yawDegrees, double pitchDegrees, Random random, bool tiff)
    {
        var (lon, lat, alt) = frame.ToWgs84(camera);
        lat = GpsRational.RoundDegrees(lat);
        lon = GpsRational.RoundDegrees(lon);
        alt = Math.Round(alt, 3);
        double relative = Math.Round(alt - frame.GroundElevationMeters, 3);
        double yaw = Math.Round(NormalizeYaw(yawDegrees), 2);
        double pitch = Math.Round(pitchDegrees, 2);
        double flightYaw = Math.Round(NormalizeYaw(yaw + Jitter(random, 4)), 2);
        double flightPitch = Math.Round(Jitter(random, 3), 2);
        double flightRoll = Math.Round(Jitter(random, 2), 2);
        return new CapturePosition(index, time, target, lat, lon, alt, relative, yaw, pitch, 0.0, flightYaw, flightPitch,
            flightRoll, tiff, frame.FromWgs84(lon, lat, alt));
    }

    private static double NormalizeYaw(double degrees)
    {
        double y = degrees % 360;
        if (y > 180) y -= 360;
        if (y <= -180) y += 360;
        return y;
    }

    private static double Jitter(Random random, double amplitude) => (random.NextDouble() * 2 - 1) * amplitude;
}
