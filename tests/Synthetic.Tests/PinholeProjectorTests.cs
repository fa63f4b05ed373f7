using DroneInspect.Synthetic.Camera;
using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Tests;

public sealed class PinholeProjectorTests
{
    private static PinholeProjector Projector(double yaw, double pitch, double roll = 0) =>
        new(new CameraPose(new Vec3(0, 0, 30), yaw, pitch, roll), CameraIntrinsics.Wide);

    [Fact]
    public void FocalLengthInPixelsComesFromSensorWidth() => Assert.Equal(900, CameraIntrinsics.Wide.FxPixels, 1e-9);

    [Fact]
    public void PointOnTheViewAxisProjectsToThePrincipalPoint()
    {
        var p = Projector(30, -45);
        Assert.True(p.TryProject(p.Pose.Position + p.Pose.Forward * 20, out double u, out double v, out double depth));
        Assert.Equal(CameraIntrinsics.Wide.CxPixels, u, 1e-9);
        Assert.Equal(CameraIntrinsics.Wide.CyPixels, v, 1e-9);
        Assert.Equal(20, depth, 1e-9);
    }

    [Fact]
    public void YawIsClockwiseFromNorth()
    {
        // Looking east at the horizon, a point to the south lies to the right.
        var p = Projector(90, 0);
        Assert.True(p.TryProject(new Vec3(50, -5, 30), out double u, out _, out _));
        Assert.True(u > CameraIntrinsics.Wide.CxPixels);
    }

    [Fact]
    public void NadirViewWithZeroYawHasNorthUp()
    {
        var p = Projector(0, -90);
        Assert.True(p.TryProject(new Vec3(0, 5, 0), out double u, out double v, out _));
        Assert.True(v < CameraIntrinsics.Wide.CyPixels);
        Assert.Equal(CameraIntrinsics.Wide.CxPixels, u, 1e-6);
    }

    [Fact]
    public void PointBelowTheHorizonProjectsLowerInTheImage()
    {
        var p = Projector(0, 0);
        Assert.True(p.TryProject(new Vec3(0, 100, 20), out _, out double v, out _));
        Assert.Equal(CameraIntrinsics.Wide.CyPixels + 900.0 * 10 / 100, v, 1e-6);
    }

    [Fact]
    public void PointsBehindTheCameraAreNotProjected() =>
        Assert.False(Projector(0, 0).TryProject(new Vec3(0, -10, 30), out _, out _, out _));
}
