using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Camera;

/// <summary>
/// Where the camera is and where it looks. Degrees: yaw clockwise from true north, pitch 0 at the horizon and -90 at
/// nadir, roll positive clockwise seen from behind the camera.
/// </summary>
internal sealed class CameraPose
{
    public CameraPose(Vec3 position, double yawDegrees, double pitchDegrees, double rollDegrees)
    {
        Position = position;
        double yaw = yawDegrees * Math.PI / 180, pitch = pitchDegrees * Math.PI / 180, roll = rollDegrees * Math.PI / 180;
        Forward = new Vec3(Math.Sin(yaw) * Math.Cos(pitch), Math.Cos(yaw) * Math.Cos(pitch), Math.Sin(pitch));
        var right0 = new Vec3(Math.Cos(yaw), -Math.Sin(yaw), 0);
        var down0 = Forward.Cross(right0); // right x forward is up, so forward x right is down
        Right = right0 * Math.Cos(roll) + down0 * Math.Sin(roll);
        Down = down0 * Math.Cos(roll) - right0 * Math.Sin(roll);
    }

    public Vec3 Position { get; }

    public Vec3 Forward { get; }

    /// <summary>Image +x direction in the world.</summary>
    public Vec3 Right { get; }

    /// <summary>Image +y direction in the world.</summary>
    public Vec3 Down { get; }

    /// <summary>World point to camera coordinates (x right, y down, z forward), metres.</summary>
    public Vec3 ToCamera(Vec3 world)
    {
        var d = world - Position;
        return new Vec3(d.Dot(Right), d.Dot(Down), d.Dot(Forward));
    }
}
