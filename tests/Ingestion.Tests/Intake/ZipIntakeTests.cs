using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Ingestion.Tests.Intake;

public class ZipIntakeTests
{
    private const int SymlinkMode = 0xA1FF; // S_IFLNK | 0777
    private const int FileMode = 0x81A4; // S_IFREG | 0644

    [Fact]
    public void HostileEntriesAreRefusedAndGoodOnesStillExtracted()
    {
        using var temp = new TempFolder();
        var flight = Path.Combine(temp.Path, "flights", "f1");
        var zip = TestZip.Write(
            Path.Combine(temp.Path, "upload.zip"),
            ("IMG_0001.jpg", TestZip.Jpeg(1), FileMode),
            ("../evil.jpg", TestZip.Jpeg(2), 0),
            ("sub/../../evil2.jpg", TestZip.Jpeg(3), 0),
            ("/abs.jpg", TestZip.Jpeg(4), 0),
            ("C:/windows/drive.jpg", TestZip.Jpeg(5), 0),
            ("link.jpg", "/etc/passwd"u8.ToArray(), SymlinkMode),
            ("thermal/IMG_0002_T.jpg", TestZip.Jpeg(6), 0),
            ("readme.txt", "not a capture"u8.ToArray(), 0));

        var inventory = FlightIntake.FromZip(zip, flight);

        Assert.Equal(
            [Path.Combine(flight, "IMG_0001.jpg"), Path.Combine(flight, "thermal", "IMG_0002_T.jpg")],
            inventory.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(CaptureKind.Thermal, inventory.Files.Single(f => f.Path.EndsWith("_T.jpg", StringComparison.Ordinal)).Kind);
        Assert.Contains("'..'", Reason(inventory, "../evil.jpg"));
        Assert.Contains("'..'", Reason(inventory, "sub/../../evil2.jpg"));
        Assert.Contains("absolute", Reason(inventory, "/abs.jpg"));
        Assert.Contains("absolute", Reason(inventory, "C:/windows/drive.jpg"));
        Assert.Contains("symbolic link", Reason(inventory, "link.jpg"));
        Assert.Contains("not an image", Reason(inventory, "readme.txt"));
        Assert.False(File.Exists(Path.Combine(temp.Path, "flights", "evil.jpg")));
        Assert.False(File.Exists(Path.Combine(temp.Path, "evil2.jpg")));
        Assert.False(File.Exists(Path.Combine(flight, "link.jpg")));
        Assert.Equal(["IMG_0001.jpg", "IMG_0002_T.jpg"], Directory.EnumerateFiles(temp.Path, "*.jpg", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EntryDeclaredOverTheFileLimitIsRefused()
    {
        using var temp = new TempFolder();
        var big = new byte[300_000];
        TestZip.Jpeg(7).CopyTo(big, 0);
        var zip = TestZip.Write(Path.Combine(temp.Path, "u.zip"), ("big.jpg", big, 0), ("small.jpg", TestZip.Jpeg(8), 0));

        var inventory = FlightIntake.FromZip(zip, Path.Combine(temp.Path, "flight"), new IntakeLimits(MaxFileBytes: 100_000));

        Assert.Equal("small.jpg", Path.GetFileName(Assert.Single(inventory.Files).Path));
        Assert.Contains("over the per-file limit", Reason(inventory, "big.jpg"));
        Assert.False(File.Exists(Path.Combine(temp.Path, "flight", "big.jpg")));
    }

    [Fact]
    public void ZipBombDeclaredSmallIsStoppedWhileExtracting()
    {
        using var temp = new TempFolder();
        var zip = TestZip.WriteBomb(Path.Combine(temp.Path, "bomb.zip"), "bomb.jpg", zeroBytes: 300L * 1024 * 1024, declaredBytes: 1000);
        Assert.True(new FileInfo(zip).Length < 2 * 1024 * 1024, $"the bomb should compress to almost nothing, not {new FileInfo(zip).Length} bytes");
        var flight = Path.Combine(temp.Path, "flight");

        var inventory = FlightIntake.FromZip(zip, flight, new IntakeLimits(MaxFileBytes: 1024 * 1024));

        Assert.Empty(inventory.Files);
        var problem = Assert.Single(inventory.Problems);
        Assert.EndsWith("!bomb.jpg", problem.Path, StringComparison.Ordinal);
        Assert.Contains("zip bomb", problem.Reason);
        Assert.Equal([IntakeLedger.FileName], Directory.EnumerateFiles(flight).Select(Path.GetFileName));
    }

    [Fact]
    public void FlightLimitCountsFilesAlreadyTakenIn()
    {
        using var temp = new TempFolder();
        var flight = Path.Combine(temp.Path, "flight");
        var limits = new IntakeLimits(MaxFiles: 2);
        FlightIntake.FromZip(TestZip.Write(Path.Combine(temp.Path, "a.zip"), ("a.jpg", TestZip.Jpeg(1), 0)), flight, limits);

        var second = FlightIntake.FromZip(TestZip.Write(Path.Combine(temp.Path, "b.zip"), ("b.jpg", TestZip.Jpeg(2), 0), ("c.jpg", TestZip.Jpeg(3), 0)), flight, limits);

        Assert.Equal("b.jpg", Path.GetFileName(Assert.Single(second.Files).Path));
        Assert.Contains("most files allowed (2)", Reason(second, "c.jpg"));
    }

    [Fact]
    public void SameZipTwiceAddsNothingTheSecondTimeAndNewContentIsAdded()
    {
        using var temp = new TempFolder();
        var flight = Path.Combine(temp.Path, "flight");
        var first = TestZip.Write(Path.Combine(temp.Path, "1.zip"), ("A_W.jpg", TestZip.Jpeg(1), 0), ("A_T.jpg", TestZip.Jpeg(2), 0), ("B_W.jpg", TestZip.Jpeg(3), 0));
        var more = TestZip.Write(Path.Combine(temp.Path, "2.zip"), ("A_W.jpg", TestZip.Jpeg(1), 0), ("C_W.jpg", TestZip.Jpeg(4), 0), ("renamed.jpg", TestZip.Jpeg(3), 0), ("D_W.jpg", TestZip.Jpeg(5), 0));

        var once = FlightIntake.FromZip(first, flight);
        var again = FlightIntake.FromZip(first, flight);
        var added = FlightIntake.FromZip(more, flight);

        Assert.Equal(3, once.Files.Count);
        Assert.Empty(once.Problems);
        Assert.Empty(again.Files);
        Assert.All(again.Problems, p => Assert.Contains("duplicate of", p.Reason));
        Assert.Equal(["C_W.jpg", "D_W.jpg"], added.Files.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal));
        Assert.Contains("duplicate of B_W.jpg", Reason(added, "renamed.jpg"));
        var ledger = IntakeLedger.Open(flight);
        Assert.Equal(5, ledger.FileCount);
        Assert.Equal(5 * TestZip.Jpeg(0).Length, ledger.TotalBytes);
        Assert.Equal(5, FlightIntake.ScanFolder(flight).Files.Count); // the ledger itself is hidden from scans
    }

    [Fact]
    public void DamagedLedgerIsAPlainError()
    {
        using var temp = new TempFolder();
        temp.Write(IntakeLedger.FileName, "not a ledger line"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => IntakeLedger.Open(temp.Path));

        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void FileThatIsNoZipIsAPlainError()
    {
        using var temp = new TempFolder();
        var notZip = temp.Write("upload.zip", "PK but not really"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => FlightIntake.FromZip(notZip, Path.Combine(temp.Path, "flight")));

        Assert.Contains("upload.zip is not a readable zip", error.Message);
    }

    private static string Reason(FlightInventory inventory, string entry) =>
        Assert.Single(inventory.Problems, p => p.Path.EndsWith("!" + entry, StringComparison.Ordinal)).Reason;
}
