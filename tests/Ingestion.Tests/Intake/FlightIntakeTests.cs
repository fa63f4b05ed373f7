using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Ingestion.Tests.Intake;

public class FlightIntakeTests
{
    [SharedDataFact]
    public void CorruptFileAmongGoodOnesBecomesOneProblem()
    {
        using var temp = new TempFolder();
        temp.Write("DJI_0018.JPG", File.ReadAllBytes(SharedData.File("rgb_dji/DJI_0018.JPG")));
        temp.Write("thermal/FLIR_E40.jpg", File.ReadAllBytes(SharedData.File("flir/FLIR_E40.jpg")));
        temp.Write("thermal/frame_000000.fff", File.ReadAllBytes(SharedData.File("flir/frame_000000.fff")));
        var corrupt = temp.Write("DJI_0019.JPG", "<html>upload interrupted</html>"u8.ToArray());

        var inventory = FlightIntake.ScanFolder(temp.Path);

        Assert.Equal(3, inventory.Files.Count);
        var problem = Assert.Single(inventory.Problems);
        Assert.Equal(corrupt, problem.Path);
        Assert.Contains("not an image", problem.Reason);
        Assert.Equal(CaptureKind.Rgb, inventory.Files.Single(f => f.Path.EndsWith("DJI_0018.JPG", StringComparison.Ordinal)).Kind);
        Assert.All(inventory.Files.Where(f => f.Path.Contains("thermal", StringComparison.Ordinal)), f => Assert.Equal(CaptureKind.Thermal, f.Kind));
    }

    [SharedDataFact]
    public void HashIsTheSha256OfTheContentAndDuplicatesAreReported()
    {
        using var temp = new TempFolder();
        var bytes = File.ReadAllBytes(SharedData.File("flir/FLIR_AX8.jpg"));
        temp.Write("a/IMG_1.jpg", bytes);
        var copy = temp.Write("b/IMG_1_copy.jpg", bytes);

        var inventory = FlightIntake.ScanFolder(temp.Path);

        var file = Assert.Single(inventory.Files);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.Sha256);
        Assert.Equal(bytes.Length, file.SizeBytes);
        var duplicate = Assert.Single(inventory.Problems);
        Assert.Equal(copy, duplicate.Path);
        Assert.Equal($"duplicate of {Path.Combine("a", "IMG_1.jpg")}", duplicate.Reason);
    }

    [Fact]
    public void EmptyAndNonImageFilesAreProblemsNotExceptions()
    {
        using var temp = new TempFolder();
        temp.Write("empty_T.JPG", []);
        temp.Write("notes.txt", "battery swap at 14:02"u8.ToArray());
        temp.Write("noise.tif", [0x00, 0x01, 0x02, 0x03, 0x04]);

        var inventory = FlightIntake.ScanFolder(temp.Path);

        Assert.Empty(inventory.Files);
        Assert.Equal(3, inventory.Problems.Count);
        Assert.Contains(inventory.Problems, p => p.Reason.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void JpegKindFollowsTheDjiSuffixWhenContentSaysNothing()
    {
        using var temp = new TempFolder();
        byte[] jfif = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x06, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0xFF, 0xD9];
        temp.Write("DJI_20240101120000_0001_T.JPG", [.. jfif, 1]);
        temp.Write("DJI_20240101120000_0001_W.JPG", [.. jfif, 2]);

        var inventory = FlightIntake.ScanFolder(temp.Path);

        Assert.Equal([CaptureKind.Thermal, CaptureKind.Rgb], inventory.Files.Select(f => f.Kind));
    }

    [Fact]
    public void MissingFolderIsAnError()
    {
        Assert.Throws<DirectoryNotFoundException>(() => FlightIntake.ScanFolder(Path.Combine(Path.GetTempPath(), "no-such-flight-" + Guid.NewGuid())));
    }
}
