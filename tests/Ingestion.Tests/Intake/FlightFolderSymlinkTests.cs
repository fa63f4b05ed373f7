using System.Security.Cryptography;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Quality;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Ingestion.Tests.Intake;

public class FlightFolderSymlinkTests
{
    [Fact]
    public void LinksLeadingOutOfTheFolderAreOneProblemEachAndNotFollowed()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 20; i++)
        {
            temp.Write($"other_flight/IMG_{i:D4}.jpg", TestZip.Jpeg((byte)(100 + i)));
        }

        var flight = Path.Combine(temp.Path, "flight");
        var capture = temp.Write("flight/IMG_0001.jpg", TestZip.Jpeg(1));
        var loop = Link(flight, "loop", "..");
        var etc = Link(flight, "etc", "/etc");
        var outsideFile = Link(flight, "IMG_0002.jpg", Path.Combine(temp.Path, "other_flight", "IMG_0003.jpg"));

        var inventory = FlightIntake.ScanFolder(flight);

        Assert.Equal([capture], inventory.Files.Select(f => f.Path));
        Assert.Equal(new[] { outsideFile, etc, loop }.Order(StringComparer.Ordinal), inventory.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(inventory.Problems, p => Assert.Contains("outside the flight folder: not followed", p.Reason));
        Assert.Contains($"symbolic link to {temp.Path}, outside", Assert.Single(inventory.Problems, p => p.Path == loop).Reason);
    }

    [Fact]
    public void FolderLinksInsideAreNotEnteredSoLoopsAreNotWalkedRound()
    {
        using var temp = new TempFolder();
        var a = temp.Write("IMG_0001.jpg", TestZip.Jpeg(1));
        var b = temp.Write("sub/IMG_0002.jpg", TestZip.Jpeg(2));
        Link(temp.Path, "here", ".");
        Link(Path.Combine(temp.Path, "sub"), "up", "..");
        Link(temp.Path, "alias", "sub");

        var inventory = FlightIntake.ScanFolder(temp.Path);

        Assert.Equal([a, b], inventory.Files.Select(f => f.Path));
        Assert.Empty(inventory.Problems);
    }

    [Fact]
    public void LinkLeadingNowhereIsOneProblem()
    {
        using var temp = new TempFolder();
        temp.Write("IMG_0001.jpg", TestZip.Jpeg(1));
        var dangling = Link(temp.Path, "IMG_0002.jpg", "gone.jpg");
        Link(temp.Path, "ping", "pong");
        Link(temp.Path, "pong", "ping");

        var inventory = FlightIntake.ScanFolder(temp.Path);

        Assert.Single(inventory.Files);
        Assert.Equal(3, inventory.Problems.Count);
        Assert.Contains("leads nowhere", Assert.Single(inventory.Problems, p => p.Path == dangling).Reason);
    }

    [SharedDataFact]
    public void LinkedCaptureInsideTheFolderIsReadAsItsTarget()
    {
        using var temp = new TempFolder();
        var bytes = File.ReadAllBytes(SharedData.File("flir/FLIR_E40.jpg"));
        var target = temp.Write("store/capture.bin", bytes);
        var link = Link(temp.Path, "FLIR_0001_T.jpg", Path.Combine("store", "capture.bin"));

        var inventory = FlightIntake.ScanFolder(temp.Path);
        var image = ThermalDecoder.Decode(link);
        var inspection = CaptureInspector.Inspect(link, []);

        var file = Assert.Single(inventory.Files, f => f.Path == link);
        Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(bytes)), (long)bytes.Length, CaptureKind.Thermal), (file.Sha256, file.SizeBytes, file.Kind));
        Assert.Contains("duplicate of FLIR_0001_T.jpg", Assert.Single(inventory.Problems, p => p.Path == target).Reason); // one content, read once
        Assert.Equal((160, 120), (image.Map.Width, image.Map.Height));
        Assert.Equal(ThermalDecoder.Decode(target).Map.Values, image.Map.Values);
        Assert.Null(inspection.Error);
        Assert.Equal(160, inspection.Thermal!.Width);
    }

    [Fact]
    public void ZipEntryIsNotWrittenThroughAFolderLinkLeadingOutside()
    {
        using var temp = new TempFolder();
        var flight = Path.Combine(temp.Path, "flight");
        var outside = Path.Combine(temp.Path, "elsewhere");
        Directory.CreateDirectory(flight);
        Directory.CreateDirectory(outside);
        Link(flight, "sub", outside);
        var zip = TestZip.Write(Path.Combine(temp.Path, "upload.zip"), ("sub/IMG_0001.jpg", TestZip.Jpeg(1), 0), ("sub/deeper/IMG_0002.jpg", TestZip.Jpeg(2), 0), ("IMG_0003.jpg", TestZip.Jpeg(3), 0));

        var inventory = FlightIntake.FromZip(zip, flight);

        Assert.Equal([Path.Combine(flight, "IMG_0003.jpg")], inventory.Files.Select(f => f.Path));
        Assert.Equal(2, inventory.Problems.Count(p => p.Reason.Contains("outside the flight folder through a symbolic link", StringComparison.Ordinal)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    private static string Link(string folder, string name, string target)
    {
        var path = Path.Combine(folder, name);
        File.CreateSymbolicLink(path, target);
        return path;
    }
}
