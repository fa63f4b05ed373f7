using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Ingestion.Tests.Intake;

public class CapturePairingByTimeTests
{
    private static readonly DateTimeOffset Noon = new(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(2));

    private static FlightFile F(string name, CaptureKind kind) => new($"/flight/{name}", name, 1, kind);

    [Fact]
    public void LoneFilesWithinTheToleranceArePairedClosestFirst()
    {
        var times = new Dictionary<string, DateTimeOffset>
        {
            ["IR_0001.jpg"] = Noon,
            ["IR_0002.jpg"] = Noon.AddSeconds(5),
            ["VIS_0101.jpg"] = Noon.AddSeconds(0.8),
            ["VIS_0102.jpg"] = Noon.AddSeconds(0.2),
            ["VIS_0103.jpg"] = Noon.AddSeconds(5.4),
        };
        var files = new[] { F("IR_0001.jpg", CaptureKind.Thermal), F("IR_0002.jpg", CaptureKind.Thermal), F("VIS_0101.jpg", CaptureKind.Rgb), F("VIS_0102.jpg", CaptureKind.Rgb), F("VIS_0103.jpg", CaptureKind.Rgb) };

        var pairs = CapturePairing.Pair(files, f => new CaptureFacts(times[f.Sha256], false), TimeSpan.FromSeconds(1));

        Assert.Equal(
            [
                new CapturePair("IR_0001", "/flight/VIS_0102.jpg", "/flight/IR_0001.jpg"),
                new CapturePair("IR_0002", "/flight/VIS_0103.jpg", "/flight/IR_0002.jpg"),
                new CapturePair("VIS_0101", "/flight/VIS_0101.jpg", null),
            ],
            pairs);
    }

    [Fact]
    public void OffsetsAreAppliedBeforeComparingTimes()
    {
        var files = new[] { F("A.fff", CaptureKind.Thermal), F("B.jpg", CaptureKind.Rgb) };
        var sameWallClockOtherZone = new DateTimeOffset(Noon.DateTime, TimeSpan.Zero); // two hours apart as instants

        var pairs = CapturePairing.Pair(files, f => new CaptureFacts(f.Sha256 == "A.fff" ? Noon : sameWallClockOtherZone, false), TimeSpan.FromSeconds(1));

        Assert.Equal(2, pairs.Count);
        Assert.All(pairs, p => Assert.True(p.RgbPath is null || p.ThermalPath is null));
    }

    [Fact]
    public void NamePairsAndDjiFilesAreNotRepairedByTime()
    {
        var files = new[]
        {
            F("IMG_7_T.jpg", CaptureKind.Thermal), F("IMG_7_W.jpg", CaptureKind.Rgb),
            F("DJI_20240101120000_0003_T.JPG", CaptureKind.Thermal), F("OTHER.jpg", CaptureKind.Rgb),
        };

        var pairs = CapturePairing.Pair(files, _ => new CaptureFacts(Noon, false), TimeSpan.FromSeconds(1));

        Assert.Equal(
            [
                new CapturePair("DJI_20240101120000_0003", null, "/flight/DJI_20240101120000_0003_T.JPG"),
                new CapturePair("IMG_7", "/flight/IMG_7_W.jpg", "/flight/IMG_7_T.jpg"),
                new CapturePair("OTHER", "/flight/OTHER.jpg", null),
            ],
            pairs);
    }

    [Fact]
    public void FilesWithoutATimeStayAlone()
    {
        var files = new[] { F("A.fff", CaptureKind.Thermal), F("B.jpg", CaptureKind.Rgb) };

        var pairs = CapturePairing.Pair(files, f => f.Sha256 == "A.fff" ? null : new CaptureFacts(Noon, false), TimeSpan.FromSeconds(1));

        Assert.Equal(2, pairs.Count);
    }

    [Fact]
    public void ThermalFileWithItsOwnVisualImageIsMarked()
    {
        var files = new[] { F("FLIR0001.jpg", CaptureKind.Thermal), F("X_T.jpg", CaptureKind.Thermal) };

        var pairs = CapturePairing.Pair(files, f => new CaptureFacts(null, f.Sha256 == "FLIR0001.jpg"), TimeSpan.FromSeconds(1));

        var flir = Assert.Single(pairs, p => p.EmbeddedVisual);
        Assert.Equal("/flight/FLIR0001.jpg#embedded", flir.VisualReference);
        Assert.Null(Assert.Single(pairs, p => !p.EmbeddedVisual).VisualReference);
    }

    [Fact]
    public void FilesOnDiskPairByTheirExifTimeWithOffsets()
    {
        using var temp = new TempFolder();
        var ir = temp.Write("IR_0001.jpg", TestExifJpeg.Create("2024:05:01 12:00:00", "+02:00"));
        var vis = temp.Write("VIS_0500.jpg", TestExifJpeg.Create("2024:05:01 10:00:00", "+00:00")); // the same instant
        var late = temp.Write("VIS_0501.jpg", TestExifJpeg.Create("2024:05:01 12:00:02", "+02:00"));
        FlightFile[] files = [new(ir, "a", 1, CaptureKind.Thermal), new(vis, "b", 1, CaptureKind.Rgb), new(late, "c", 1, CaptureKind.Rgb)];

        var pairs = FlightIntake.PairWithMetadata(files);

        Assert.Equal([new CapturePair("IR_0001", vis, ir), new CapturePair("VIS_0501", late, null)], pairs);
        Assert.Equal(Noon, CaptureFactsReader.Read(files[0])!.CaptureTime);
        Assert.False(CaptureFactsReader.Read(files[0])!.CarriesEmbeddedVisual);
    }
}
