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

    private static string Key(string reason) =>
        new[] { "duplicate", "per-file limit", "not an image", "does not exist" }.First(k => reason.Contains(k, StringComparison.Ordinal));
}
