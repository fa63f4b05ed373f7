using DroneInspect.Synthetic.Camera;
using DroneInspect.Synthetic.Geometry;
using DroneInspect.Synthetic.Scene;

namespace DroneInspect.Synthetic.Dataset;

/// <summary>
/// Random inspection viewpoints: close-ups of pole tops, strings and defects, whole poles and towers, the transformer;
/// random distance, direction, field of view (35-70 degrees horizontal), aim offset and roll.
/// </summary>
internal static class DatasetCamera
{
    private const double SensorMillimeters = 6.4;
    private const double MinCameraHeightMeters = 1.5;

    public static PinholeProjector Create(DatasetScene scene, Random random, int sizePixels)
    {
        var (target, distance) = PickTarget(scene, random);
        double hfov = (35 + 35 * random.NextDouble()) * Math.PI / 180;
        double fx = sizePixels / 2.0 / Math.Tan(hfov / 2);
        var intrinsics = new CameraIntrinsics("D", sizePixels, sizePixels, fx * SensorMillimeters / sizePixels,
            SensorMillimeters, SensorMillimeters, 0);
        double yaw = random.NextDouble() * 2 * Math.PI;
        double elevation = (-5 + 45 * random.NextDouble()) * Math.PI / 180; // camera above the target, looking down
        var offset = new Vec3(Math.Sin(yaw) * Math.Cos(elevation), Math.Cos(yaw) * Math.Cos(elevation), Math.Sin(elevation));
        var position = target - offset * distance;
        position = new Vec3(position.E, position.N, Math.Max(MinCameraHeightMeters, target.U + Math.Sin(elevation) * distance));
        var look = target - position;
        double yawDegrees = Math.Atan2(look.E, look.N) * 180 / Math.PI;
        double pitchDegrees = Math.Atan2(look.U, Math.Sqrt(look.E * look.E + look.N * look.N)) * 180 / Math.PI;
        double hfovDegrees = hfov * 180 / Math.PI;
        yawDegrees += (random.NextDouble() - 0.5) * 0.5 * hfovDegrees;
        pitchDegrees += (random.NextDouble() - 0.5) * 0.5 * hfovDegrees;
        double roll = (random.NextDouble() - 0.5) * 16;
        return new PinholeProjector(new CameraPose(position, yawDegrees, pitchDegrees, roll), intrinsics);
    }

    private static (Vec3 Target, double DistanceMeters) PickTarget(DatasetScene scene, Random random)
    {
        var supports = scene.Model.Supports;
        var poles = supports.Where(s => s.Kind == "pole").ToList();
        var towers = supports.Where(s => s.Kind == "tower").ToList();
        var up = new Vec3(0, 0, 1);
        double r = random.NextDouble();
        if (r < 0.28)
        {
            var pole = poles[random.Next(poles.Count)];
            return (pole.Base + up * (pole.HeightMeters - 0.5), Between(random, 3, 9));
        }

        if (r < 0.38)
        {
            var pole = poles[random.Next(poles.Count)];
            return (pole.Base + up * (pole.HeightMeters * Between(random, 0.3, 0.8)), Between(random, 10, 28));
        }

        if (r < 0.46)
        {
            return (scene.Model.Transformer.Position - up * 0.4, Between(random, 3, 9));
        }

        if (r < 0.58)
        {
            var tower = towers[random.Next(towers.Count)];
            return (tower.Base + up * Between(random, 8, 26), Between(random, 25, 60));
        }

        var insulators = scene.Objects.Where(o => o.ClassId == DetectionClasses.Insulator && o.Centre.U > 15).ToList();
        if (r < 0.72)
        {
            return (insulators[random.Next(insulators.Count)].Centre, Between(random, 4, 12));
        }

        var defects = scene.Objects.Where(o => DetectionClasses.IsVisualDefect(o.ClassId)).ToList();
        var pick = defects[random.Next(defects.Count)];
        return (pick.Centre, Between(random, 2.5, pick.ClassId == DetectionClasses.MissingDisc ? 10 : 8));
    }

    private static double Between(Random random, double lo, double hi) => lo + (hi - lo) * random.NextDouble();
}
