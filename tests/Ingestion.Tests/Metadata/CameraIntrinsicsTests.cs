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
        Assert.Equal(k.FocalLengthPixelsX, k.FocalLengthPixelsY); // square pixels across the sensor's width
        Assert.Equal("known-camera", k.Source);
        Assert.Null(k.Note);
    }

    [Fact]
    public void FocalPlaneGivingNonSquarePixelsFallsBackToTheKnownCameraWithANote()
    {
        // 4000x2250 (16:9) with a Y resolution stated for the 4:3 frame: fy 10 % off fx.
        var k = CameraIntrinsics.FromMetadata(Capture("FC300S", focal: 3.61, f35: null, xRes: 648, yRes: 583, height: 2250), out var note)!;

        Assert.Equal("known-camera", k.Source);
        Assert.Equal(3.61 * 4000 / 6.17, k.FocalLengthPixelsX, 1e-6);
        Assert.Equal(note, k.Note);
        Assert.Contains("focal-plane gives non-square pixels", note);
        Assert.Contains("used known-camera instead", note);
    }

    [Fact]
    public void FieldOfViewOver120DegreesFallsBackToTheKnownCameraWithANote()
    {
        // A 35 mm equivalent of 8 mm on a 4000x3000 image: a 139 degree diagonal view, no drone camera sees that.
        var k = CameraIntrinsics.FromMetadata(Capture("FC300S", focal: null, f35: 8, xRes: null, yRes: null))!;

        Assert.Equal("known-camera", k.Source);
        Assert.InRange(k.DiagonalFieldOfViewDegrees, 80, 100);
        Assert.Contains("35mm-equivalent gives a 13", k.Note); // "a 139.x degree field of view"
        Assert.Contains("degree field of view (at most 120)", k.Note);
    }

    [Fact]
    public void ImplausibleOpticsOfAnUnknownCameraGiveNullWithTheReason()
    {
        var k = CameraIntrinsics.FromMetadata(Capture("Mystery", focal: 4.5, f35: null, xRes: 625, yRes: 400), out var note);

        Assert.Null(k);
        Assert.Contains("non-square pixels", note);
        Assert.Contains("no plausible intrinsics", note);
    }

    [Fact]
    public void PlausibleFocalPlaneIsUsedWithoutNote()
    {
        var k = CameraIntrinsics.FromMetadata(Capture("FC300S", focal: 3.61, f35: 20, xRes: 648, yRes: 648), out var note)!;

        Assert.Equal("focal-plane", k.Source);
        Assert.Null(note);
        Assert.Null(k.Note);
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
