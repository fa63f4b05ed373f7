using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Ingestion.Tests.Metadata;

public class CameraIntrinsicsTests
{
    private static CaptureMetadata Capture(string? model, double? focal, double? f35, double? xRes, double? yRes, int? width = 4000, int? height = 3000) =>
        new("c.jpg", "DJI", model, null, null, null, focal, f35, xRes, yRes, width, height);

    [Fact]
    public void FocalPlaneResolutionGivesFocalLengthInPixels()
    {
        var k = CameraIntrinsics.FromMetadata(Capture("X", focal: 4.5, f35: 24, xRes: 625, yRes: 620))!;

        Assert.Equal(4.5 * 625, k.FocalLengthPixelsX, 1e-9);
        Assert.Equal(4.5 * 620, k.FocalLengthPixelsY, 1e-9);
        Assert.Equal((2000.0, 1500.0), (k.PrincipalPointX, k.PrincipalPointY));
    }

    [Fact]
    public void ThirtyFiveMillimetreEquivalentScalesByTheImageDiagonal()
    {
        var k = CameraIntrinsics.FromMetadata(Capture("X", focal: null, f35: 24, xRes: null, yRes: null))!;

        Assert.Equal(24 / 43.27 * 5000, k.FocalLengthPixelsX, 1e-6); // 4000x3000 has a 5000-pixel diagonal
        Assert.Equal(k.FocalLengthPixelsX, k.FocalLengthPixelsY);
    }

    [Fact]
    public void KnownDroneCameraSensorIsTheLastResort()
    {
        var k = CameraIntrinsics.FromMetadata(Capture("FC300S", focal: 3.61, f35: null, xRes: null, yRes: null))!;

        Assert.Equal(3.61 * 4000 / 6.17, k.FocalLengthPixelsX, 1e-6);
        Assert.Equal(3.61 * 3000 / 4.55, k.FocalLengthPixelsY, 1e-6);
    }

    [Fact]
    public void UnknownCameraWithoutOpticsGivesNull()
    {
        Assert.Null(CameraIntrinsics.FromMetadata(Capture("Mystery", focal: 8, f35: null, xRes: null, yRes: null)));
        Assert.Null(CameraIntrinsics.FromMetadata(Capture("FC300S", focal: 3.61, f35: 20, xRes: null, yRes: null, width: null)));
    }

    [SharedDataFact]
    public void RealPhantomCaptureHasPlausibleIntrinsics()
    {
        var m = CaptureMetadataReader.Read(SharedData.File("rgb_dji/DJI_0018.JPG"));

        var k = CameraIntrinsics.FromMetadata(m)!;

        Assert.Equal((2000.0, 1125.0), (k.PrincipalPointX, k.PrincipalPointY));
        Assert.InRange(k.FocalLengthPixelsX, 1800, 2600); // 3.61 mm lens, 94 degree diagonal view
    }
}
