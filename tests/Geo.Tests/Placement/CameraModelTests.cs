using DroneInspect.Geo.Placement;

namespace DroneInspect.Geo.Tests.Placement;

public sealed class CameraModelTests
{
    private const double SemiMajor = 6378137.0;
    private const double E2 = 6.69437999014e-3;

    private static CameraView View(double yaw, double pitch, double roll) =>
        new(47.37, 8.55, 440, 400, yaw, pitch, roll, 1000, 1000, 320, 256, 640, 512);

    [Fact]
    public void LevelCameraYawedNinetyLooksEastWithImageRightPointingSouth()
    {
        var camera = new CameraModel(View(90, 0, 0));

        AssertClose(new Vector3D(1, 0, 0), camera.Forward);
        AssertClose(new Vector3D(0, -1, 0), camera.Right);
        AssertClose(new Vector3D(0, 0, -1), camera.Down);
    }

    [Fact]
    public void NadirCameraHasImageTopTowardsItsYaw()
    {
        var camera = new CameraModel(View(0, -90, 0));

        AssertClose(new Vector3D(0, 0, -1), camera.Forward);
        AssertClose(new Vector3D(0, -1, 0), camera.Down);
        Assert.True(camera.DirectionEnu(320, 100).Y > 0.1);
    }

    [Fact]
    public void PositiveRollDipsTheImageRightEdge()
    {
        var camera = new CameraModel(View(0, 0, 30));

        Assert.Equal(-0.5, camera.Right.Z, 12);
        Assert.Equal(Math.Sqrt(3) / 2, camera.Right.X, 12);
        AssertClose(new Vector3D(0, 1, 0), camera.Forward);
    }

    [Theory]
    [InlineData(0, -90, 0)]
    [InlineData(37, -28, 0)]
    [InlineData(-140, -55, 12)]
    [InlineData(200, 5, -20)]
    public void ProjectingAPixelsRayGivesThePixelBack(double yaw, double pitch, double roll)
    {
        var camera = new CameraModel(View(yaw, pitch, roll));

        var direction = camera.DirectionEnu(101.5, 433.25);

        Assert.Equal(1, direction.Length, 12);
        Assert.True(camera.TryProjectEnu(direction * 73, out var x, out var y));
        Assert.Equal(101.5, x, 9);
        Assert.Equal(433.25, y, 9);
        Assert.False(camera.TryProjectEnu(direction * -5, out _, out _));
    }

    [Theory]
    [InlineData(0, 100, 0)]
    [InlineData(0, 0, 60)]
    [InlineData(90, 100, 0)]
    [InlineData(30, -80, 50)]
    [InlineData(225, 120, -70)]
    public void NadirPixelOffsetLandsOnGroundAtHeightOverFocalLength(double yaw, double dx, double dy)
    {
        var locator = new SightingLocator(TestScene.FarPoleNetwork());
        var view = View(yaw, -90, 0);

        var placement = locator.Locate(view, 320 + dx, 256 + dy);

        // Hand geometry: 40 m above ground, 1000 px focal length; image right = (cos yaw, -sin yaw), image up = (sin yaw, cos yaw).
        var scale = 40.0 / 1000;
        var yawRad = yaw * Math.PI / 180;
        var east = (dx * Math.Cos(yawRad) - dy * Math.Sin(yawRad)) * scale;
        var north = (-dx * Math.Sin(yawRad) - dy * Math.Cos(yawRad)) * scale;
        var lat = view.LatitudeDegrees * Math.PI / 180;
        var w = 1 - E2 * Math.Sin(lat) * Math.Sin(lat);
        var metersPerDegreeNorth = SemiMajor * (1 - E2) / (w * Math.Sqrt(w)) * Math.PI / 180;
        var metersPerDegreeEast = SemiMajor / Math.Sqrt(w) * Math.Cos(lat) * Math.PI / 180;
        Assert.Equal("ground", placement.Method);
        Assert.Equal(400, placement.AltitudeMeters, 6);
        Assert.Equal(east, (placement.LongitudeDegrees - view.LongitudeDegrees) * metersPerDegreeEast, 0.01);
        Assert.Equal(north, (placement.LatitudeDegrees - view.LatitudeDegrees) * metersPerDegreeNorth, 0.01);
    }

    private static void AssertClose(Vector3D expected, Vector3D actual)
    {
        Assert.Equal(expected.X, actual.X, 12);
        Assert.Equal(expected.Y, actual.Y, 12);
        Assert.Equal(expected.Z, actual.Z, 12);
    }
}
