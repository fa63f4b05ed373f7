using System.Text.Json;
using DroneInspect.Viewer.Tests.Uploads;

namespace DroneInspect.Viewer.Tests.BadInput;

/// <summary>
/// Uploads built to hurt (small intake limits: 1 MB a file, 3 MB a flight, 6 files): zips that lie about their sizes
/// or hold too many files are refused whole with a 4xx problem, and nothing of them is kept: the store holds what it
/// held, the upload's folder only its journal, the flight folder nothing. (Oversize declarations, chunks past the
/// declared size and ratio bombs are in <see cref="UploadEndpointsTests"/>.)
/// </summary>
public sealed class HostileUploadTests(UploadHostFixture host) : IClassFixture<UploadHostFixture>
{
    private readonly UploadApi _api = new(host.Client);

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;

    private void AssertNothingKept(string uploadId, string flightId, IReadOnlyList<string> storedBefore)
    {
        Assert.Equal(storedBefore.Order(), host.StoredHashes().Order());
        var session = Path.Combine(host.DataFolder, "uploads", uploadId);
        Assert.Equal(["journal.jsonl"], Directory.EnumerateFiles(session, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
        Assert.False(Directory.Exists(Path.Combine(host.DataFolder, "flights", flightId)));
    }

    [Fact]
    public async Task ZipDeclaringAHugeEntryIsRefusedWith413BeforeAnythingIsUnpacked()
    {
        var zip = HostileZips.Lying("huge_W.JPG", zeroBytes: 10_000, declaredBytes: 4_000_000_000);
        var upload = await _api.CreateAsync("bad-huge");
        var before = host.StoredHashes();

        var (status, problem) = await _api.PutWholeAsync(upload, "flight.zip", zip);

        Assert.Equal(413, status);
        Assert.Contains("huge_W.JPG: refused: 4000000000 bytes is over the per-file limit", Detail(problem), StringComparison.Ordinal);
        AssertNothingKept(upload, "bad-huge", before);
    }

    [Fact]
    public async Task ZipBombDeclaringASmallSizeIsStoppedWhileUnpackingAndNothingIsKept()
    {
        // 40 MB of zeros deflate to about 40 kB; the headers claim 60 kB, so neither the size nor the ratio check
        // stops it before unpacking: extraction stops at the declared 60 kB and the CRC-32 then refuses the entry.
        var zip = HostileZips.Lying("bomb_W.JPG", zeroBytes: 40_000_000, declaredBytes: 60_000);
        var upload = await _api.CreateAsync("bad-lying");
        var before = host.StoredHashes();

        var (status, problem) = await _api.PutWholeAsync(upload, "flight.zip", zip);

        Assert.True(zip.Length < 100_000, $"the bomb is {zip.Length} bytes");
        Assert.True(422 == status, Detail(problem));
        Assert.Contains("bomb_W.JPG: refused: the 60000 bytes extracted do not match the entry's declared size and CRC-32", Detail(problem), StringComparison.Ordinal);
        AssertNothingKept(upload, "bad-lying", before);
    }

    [Fact]
    public async Task ZipWithMoreFilesThanTheFlightMayHoldIsRefusedWhole()
    {
        var entries = Enumerable.Range(0, UploadHostFixture.Limits.MaxFiles + 1).Select(i => ($"M{i}_W.JPG", TestFiles.Jpeg(2000, 100 + i))).ToArray();
        var zip = TestFiles.Zip(entries);
        var upload = await _api.CreateAsync("bad-many");
        var before = host.StoredHashes();

        var (status, problem) = await _api.PutWholeAsync(upload, "flight.zip", zip);

        Assert.Equal(422, status);
        Assert.Contains("the zip holds 7 files", Detail(problem), StringComparison.Ordinal);
        AssertNothingKept(upload, "bad-many", before);
    }

    [Theory]
    [InlineData("{\"name\":\"a_W.JPG\",\"sha256\":\"" + Hash + "\",\"sizeBytes\":-5}", "sizeBytes must be a whole number above 0")]
    [InlineData("{\"name\":\"a_W.JPG\",\"sha256\":\"" + Hash + "\",\"sizeBytes\":0}", "sizeBytes must be a whole number above 0")]
    [InlineData("{\"name\":\"a_W.JPG\",\"sha256\":\"" + Hash + "\",\"sizeBytes\":1e30}", "malformed JSON")]
    [InlineData("{\"name\":\"a_W.JPG\",\"sha256\":\"" + Hash + "\",\"sizeBytes\":99999999999999999999}", "malformed JSON")]
    public async Task ImpossibleDeclaredSizesAre400(string declaration, string reason)
    {
        var upload = await _api.CreateAsync("bad-size");

        var (status, problem) = await _api.PostRawAsync($"/api/uploads/{upload}/files", declaration);

        Assert.Equal(400, status);
        Assert.Contains(reason, Detail(problem), StringComparison.Ordinal);
        Assert.Equal(0, (await _api.GetAsync(upload)).Body.GetProperty("files").GetArrayLength());
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>_W.JPG")]
    [InlineData("'); DROP TABLE flight_owners;--_W.JPG")]
    public async Task HostileFileNamesAreKeptVerbatimAndAnsweredEscaped(string name)
    {
        var content = TestFiles.Jpeg(3000, name.Length);
        var upload = await _api.CreateAsync("bad-names");

        var (status, file) = await _api.PutWholeAsync(upload, name, content);
        using var raw = await host.Client.GetAsync($"/api/uploads/{upload}");
        var text = await raw.Content.ReadAsStringAsync();

        Assert.Equal(200, status);
        Assert.Equal(name, file.GetProperty("name").GetString());
        Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
        Assert.DoesNotContain("');", text, StringComparison.Ordinal);
        Assert.Contains(JsonDocument.Parse(text).RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("name").GetString() == name);
        Assert.Contains(TestFiles.Sha256(content), host.StoredHashes());
    }

    private const string Hash = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
}
