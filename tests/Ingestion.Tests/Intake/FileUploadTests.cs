using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Ingestion.Tests.Intake;

public class FileUploadTests
{
    [Fact]
    public void SingleFilesAreInspectedInPlaceWithReasonsForTheRest()
    {
        using var temp = new TempFolder();
        var good = temp.Write("IMG_1.jpg", TestZip.Jpeg(1));
        var copy = temp.Write("IMG_1 (copy).jpg", TestZip.Jpeg(1));
        var big = temp.Write("IMG_2.jpg", [.. TestZip.Jpeg(2), .. new byte[5000]]);
        var text = temp.Write("notes.JPG", "flight log"u8.ToArray());
        var missing = Path.Combine(temp.Path, "gone.jpg");

        var inventory = FlightIntake.FromFiles([good, copy, big, text, missing], new IntakeLimits(MaxFileBytes: 1000));

        Assert.Equal(good, Assert.Single(inventory.Files).Path);
        Assert.Equal(
            [(copy, "duplicate"), (big, "per-file limit"), (text, "not an image"), (missing, "does not exist")],
            inventory.Problems.Select(p => (p.Path, Key(p.Reason))));
    }

    [Fact]
    public void FilesCopiedIntoAFlightAreAddedOnce()
    {
        using var temp = new TempFolder();
        var a = temp.Write("in/A_T.jpg", TestZip.Jpeg(1));
        var b = temp.Write("in/B_W.jpg", TestZip.Jpeg(2));
        var flight = Path.Combine(temp.Path, "flight");

        var first = FlightIntake.FromFiles([a, b], flight);
        var second = FlightIntake.FromFiles([a, b], flight);

        Assert.Equal([CaptureKind.Thermal, CaptureKind.Rgb], first.Files.Select(f => f.Kind));
        Assert.True(File.Exists(Path.Combine(flight, "A_T.jpg")));
        Assert.Empty(second.Files);
        Assert.Equal(2, second.Problems.Count(p => p.Reason.StartsWith("duplicate of", StringComparison.Ordinal)));
    }

    [Fact]
    public void FolderScanAppliesTheLimits()
    {
        using var temp = new TempFolder();
        temp.Write("a.jpg", TestZip.Jpeg(1));
        temp.Write("b.jpg", [.. TestZip.Jpeg(2), .. new byte[100]]);
        temp.Write("c.jpg", TestZip.Jpeg(3));
        temp.Write("d.jpg", TestZip.Jpeg(4));

        var inventory = FlightIntake.ScanFolder(temp.Path, new IntakeLimits(MaxFileBytes: 50, MaxFiles: 2));

        Assert.Equal(["a.jpg", "c.jpg"], inventory.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(
            [("b.jpg", true, false), ("d.jpg", false, true)],
            inventory.Problems.Select(p => (Path.GetFileName(p.Path), p.Reason.Contains("per-file limit", StringComparison.Ordinal), p.Reason.Contains("most files allowed (2)", StringComparison.Ordinal))));
    }

    [Fact]
    public void FlightBytesLimitStopsFilesThatWouldGoOver()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.jpg", TestZip.Jpeg(1));
        var b = temp.Write("b.jpg", TestZip.Jpeg(2));

        var inventory = FlightIntake.FromFiles([a, b], new IntakeLimits(MaxFlightBytes: 20));

        Assert.Equal(a, Assert.Single(inventory.Files).Path);
        Assert.Contains("over its limit of 20 bytes", Assert.Single(inventory.Problems).Reason);
    }

    private static string Key(string reason) =>
        new[] { "duplicate", "per-file limit", "not an image", "does not exist" }.First(k => reason.Contains(k, StringComparison.Ordinal));
}
