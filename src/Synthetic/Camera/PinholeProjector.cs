using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Camera;

/// <summary>Projects world points into one camera's image: u = cx + fx * x / z, v = cy + fy * y / z.</summary>
internal sealed class PinholeProjector(CameraPose pose, CameraIntrinsics intrinsics)
{
    /// <summary>Points nearer than this (metres along the view axis) are not drawn.</summary>
    public const double NearPlaneMeters = 0.3;

    public CameraPose Pose { get; } = pose;

    public CameraIntrinsics Intrinsics { get; } = intrinsics;

    /// <summary>Projects a point; false when it lies behind the near plane.</summary>
    public bool TryProject(Vec3 world, out double u, out double v, out double depthMeters)
    {
        var c = Pose.ToCamera(world);
        depthMeters = c.U;
        if (depthMeters < NearPlaneMeters)
        {
            u = v = double.NaN;
            return false;
        }

        u = Intrinsics.CxPixels + Intrinsics.FxPixels * c.E / c.U;
        v = Intrinsics.CyPixels + Intrinsics.FyPixels * c.N / c.U;
        return true;
    }

    /// <summary>True when the point projects at least <paramref name="marginPixels"/> inside the image.</summary>
    public bool IsInside(double u, double v, double marginPixels) =>
        u >= marginPixels && v >= marginPixels
        && u <= Intrinsics.WidthPixels - 1 - marginPixels && v <= Intrinsics.HeightPixels - 1 - marginPixels;

    /// <summary>World direction of the ray through pixel (u, v), not normalised.</summary>
    public Vec3 RayDirection(double u, double v) =>
        Pose.Forward + Pose.Right * ((u - Intrinsics.CxPixels) / Intrinsics.FxPixels)
                     + Pose.Down * ((v - Intrinsics.CyPixels) / Intrinsics.FyPixels);
}
