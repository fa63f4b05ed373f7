using System.IO.Compression;
using System.Security.Cryptography;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Ingestion.Tests.Intake;

/// <summary>Zips for the content-addressed store: all or nothing, limits checked before and while extracting.</summary>
public sealed class ZipUnpackerTests : IDisposable
{
    private const int FileMode = 0x81A4;
    private readonly TempFolder _temp = new();

    private string Unzip => Path.Combine(_temp.Path, "unzip");

    [Fact]
    public void EntriesComeOutWithTheirHashesAndHiddenOnesAreSkipped()
    {
        var zip = TestZip.Write(Path.Combine(_temp.Path, "f.zip"), ("a/IMG_1.jpg", TestZip.Jpeg(1), FileMode), ("__MACOSX/._IMG_1.jpg", [1, 2], FileMode));

        var result = ZipUnpacker.Unpack(zip, Unzip, IntakeLimits.Default, 0, 0);

        Assert.Null(result.Refusal);
        var entry = Assert.Single(result.Entries);
        Assert.Equal("a/IMG_1.jpg", entry.Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(TestZip.Jpeg(1))), entry.Sha256);
        Assert.Equal(TestZip.Jpeg(1), File.ReadAllBytes(entry.TempPath));
        Assert.Equal("__MACOSX/._IMG_1.jpg", Assert.Single(result.Skipped).Path);
    }

    [Fact]
    public void EntryExpandingOverTheRatioRefusesTheZipBeforeAnythingIsWritten()
    {
        var zip = Path.Combine(_temp.Path, "bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using (var good = archive.CreateEntry("IMG_1.jpg").Open())
            {
                good.Write(TestZip.Jpeg(1));
            }

            using var zeros = archive.CreateEntry("IMG_2.jpg", CompressionLevel.Optimal).Open();
            zeros.Write(new byte[5_000_000]);
        }

        var result = ZipUnpacker.Unpack(zip, Unzip, IntakeLimits.Default, 0, 0);

        Assert.StartsWith("IMG_2.jpg: refused: expands", result.Refusal, StringComparison.Ordinal);
        Assert.Contains("over the limit of 100 (a zip bomb)", result.Refusal, StringComparison.Ordinal);
        Assert.Empty(result.Entries);
        Assert.False(Directory.Exists(Unzip));
    }

    [Fact]
    public void EntryLyingAboutItsSizeIsStoppedAtTheDeclaredSizeAndNothingIsKept()
    {
        var bomb = Path.Combine(_temp.Path, "lying.zip");
        TestZip.WriteBomb(bomb, "IMG_9.jpg", zeroBytes: 20_000_000, declaredBytes: 60_000);

        var result = ZipUnpacker.Unpack(bomb, Unzip, IntakeLimits.Default, 0, 0);

        Assert.Contains("IMG_9.jpg: refused: the 60000 bytes extracted do not match the entry's declared size and CRC-32", result.Refusal, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Unzip));
    }

    [Fact]
    public void MoreEntriesThanTheFlightMayHoldRefuseTheZip()
    {
        var zip = TestZip.Write(Path.Combine(_temp.Path, "many.zip"), ("A.jpg", TestZip.Jpeg(1), FileMode), ("B.jpg", TestZip.Jpeg(2), FileMode));

        var result = ZipUnpacker.Unpack(zip, Unzip, new IntakeLimits(MaxFiles: 3), filesHeld: 2, bytesHeld: 0);

        Assert.Equal("refused: the zip holds 2 files and the flight 2; a flight may hold at most 3", result.Refusal);
    }

    [Fact]
    public void IntakeFromZipRefusesAnEntryExpandingOverTheRatioAndTakesTheRest()
    {
        var zip = Path.Combine(_temp.Path, "mixed.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using (var good = archive.CreateEntry("IMG_1.jpg").Open())
            {
                good.Write(TestZip.Jpeg(1));
            }

            using var zeros = archive.CreateEntry("IMG_2.jpg", CompressionLevel.Optimal).Open();
            zeros.Write(TestZip.Jpeg(2));
            zeros.Write(new byte[5_000_000]);
        }

        var inventory = FlightIntake.FromZip(zip, Path.Combine(_temp.Path, "flight"));

        Assert.Equal("IMG_1.jpg", Path.GetFileName(Assert.Single(inventory.Files).Path));
        Assert.Contains("(a zip bomb)", Assert.Single(inventory.Problems).Reason, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
