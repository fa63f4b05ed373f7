using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Metadata;

namespace DroneInspect.Grains.Tests.Pipeline;

public sealed class CameraViewsTests
{
    private static readonly CaptureMetadata Metadata = new(
        "t.JPG", "DJI", "M3T", null, new GpsPosition(47.1, 8.2, 541),
        new CapturePose(30, -45, 1, 10, 0, 0, 40, 540), 9.1, 40, 100, 100, 640, 512);

    [Fact]
    public void ViewScalesIntrinsicsToTheDecodedMapAndTakesGroundFromAltitudes()
    {
        var view = CameraViews.TryBuild(Metadata, 320, 256, out var missing);

        Assert.Null(missing);
        Assert.NotNull(view);
        Assert.Equal(455, view.FocalLengthPixelsX, 6);
        Assert.Equal(455, view.FocalLengthPixelsY, 6);
        Assert.Equal((160.0, 128.0), (view.PrincipalPointX, view.PrincipalPointY));
        Assert.Equal((540.0, 500.0), (view.AltitudeMeters, view.GroundElevationMeters!.Value));
        Assert.Equal((30.0, -45.0, 1.0), (view.YawDegrees, view.PitchDegrees, view.RollDegrees));
    }

    [Fact]
    public void UnknownCameraWithoutSensorSizeIsNamed()
    {
        var unknownCamera = Metadata with
        {
            Model = "Prototype-X",
            FocalLength35mmEquivalent = null,
            FocalPlaneXResolutionPerMillimeter = null,
        };

        var view = CameraViews.TryBuild(unknownCamera, 640, 512, out var missing);

        Assert.Null(view);
        Assert.StartsWith("camera intrinsics", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingGpsIsNamedFirst()
    {
        Assert.Null(CameraViews.TryBuild(Metadata with { Gps = null, Pose = null }, 640, 512, out var missing));
        Assert.Equal("GPS position", missing);
    }
}
