using DroneInspect.Ingestion.Intake;

namespace DroneInspect.Ingestion.Tests.Intake;

public class CapturePairingTests
{
    private static FlightFile F(string name, CaptureKind kind) => new($"/flight/{name}", name, 1, kind);

    [Fact]
    public void DjiStreamsOfOneMomentPairWithTheWideImagePreferred()
    {
        var files = new[]
        {
            F("DJI_20240101120000_0002_T.JPG", CaptureKind.Thermal),
            F("DJI_20240101120000_0001_Z.JPG", CaptureKind.Rgb),
            F("DJI_20240101120000_0001_T.JPG", CaptureKind.Thermal),
            F("DJI_20240101120000_0001_W.JPG", CaptureKind.Rgb),
        };

        var pairs = FlightIntake.Pair(files);

        Assert.Equal(
            [
                new CapturePair("DJI_20240101120000_0001", "/flight/DJI_20240101120000_0001_W.JPG", "/flight/DJI_20240101120000_0001_T.JPG"),
                new CapturePair("DJI_20240101120000_0001#2", "/flight/DJI_20240101120000_0001_Z.JPG", null),
                new CapturePair("DJI_20240101120000_0002", null, "/flight/DJI_20240101120000_0002_T.JPG"),
            ],
            pairs);
    }

    [Fact]
    public void OtherFilesPairByBaseName()
    {
        var pairs = FlightIntake.Pair([F("IMG_0007.fff", CaptureKind.Thermal), F("IMG_0007.jpg", CaptureKind.Rgb), F("IMG_0008_R.JPG", CaptureKind.Thermal)]);

        Assert.Equal([new CapturePair("IMG_0007", "/flight/IMG_0007.jpg", "/flight/IMG_0007.fff"), new CapturePair("IMG_0008", null, "/flight/IMG_0008_R.JPG")], pairs);
    }

    [Fact]
    public void OrderDoesNotDependOnInputOrder()
    {
        var files = new[] { F("B.jpg", CaptureKind.Rgb), F("A_T.jpg", CaptureKind.Thermal), F("A_W.jpg", CaptureKind.Rgb), F("C.tif", CaptureKind.Thermal) };

        Assert.Equal(FlightIntake.Pair(files), FlightIntake.Pair(files.Reverse()));
        Assert.Equal(["A", "B", "C"], FlightIntake.Pair(files).Select(p => p.CaptureId));
    }
}
