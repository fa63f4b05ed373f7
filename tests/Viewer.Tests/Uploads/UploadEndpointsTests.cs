using System.Text.Json;

namespace DroneInspect.Viewer.Tests.Uploads;

/// <summary>The upload protocol over HTTP on the real host: resume, dedupe, verification, limits and bad input.</summary>
public sealed class UploadEndpointsTests(UploadHostFixture host) : IClassFixture<UploadHostFixture>
{
    private readonly UploadApi _api = new(host.Client);

    private static string State(JsonElement file) => file.GetProperty("state").GetString()!;

    private static long Committed(JsonElement file) => file.GetProperty("committedBytes").GetInt64();

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;

    [Fact]
    public async Task ClientThatDiesMidFileResumesFromTheCommittedOffsetAndEachFileIsStoredOnce()
    {
        var a = TestFiles.Jpeg(600_000, 1);
        var b = TestFiles.Jpeg(300_000, 2);
        var upload = await _api.CreateAsync("resume-flight");
        await _api.DeclareAsync(upload, "DJI_0001_W.JPG", a);
        await _api.DeclareAsync(upload, "sub/DJI_0002_W.JPG", b);
        Assert.Equal(200, (await _api.SendAsync(upload, TestFiles.Sha256(a), 0, a.AsMemory(0, 250_000))).Status);

        // The client died; a new run opens the same flight again and is given the same upload and the offset.
        var again = await _api.CreateAsync("resume-flight");
        var (_, declared) = await _api.DeclareAsync(again, "DJI_0001_W.JPG", a);
        var stale = await _api.SendAsync(again, TestFiles.Sha256(a), 0, a);
        var rest = await _api.SendAsync(again, TestFiles.Sha256(a), 250_000, a.AsMemory(250_000));
        var second = await _api.SendAsync(again, TestFiles.Sha256(b), 0, b);

        Assert.Equal(upload, again);
        Assert.Equal(("Partial", 250_000L), (State(declared), Committed(declared)));
        Assert.Equal(409, stale.Status);
        Assert.Equal(250_000, stale.Body.GetProperty("committedBytes").GetInt64());
        Assert.Equal(("Stored", 600_000L), (State(rest.Body), Committed(rest.Body)));
        Assert.Equal("Rgb", rest.Body.GetProperty("kind").GetString());
        Assert.Equal("Stored", State(second.Body));
        Assert.Contains(TestFiles.Sha256(a), host.StoredHashes());
        Assert.Contains(TestFiles.Sha256(b), host.StoredHashes());
        var store = new DroneInspect.Ingestion.Store.FileCaptureStore(Path.Combine(host.DataFolder, "store"));
        Assert.Equal(a, File.ReadAllBytes(store.PathOf(TestFiles.Sha256(a))));

        var (closed, body) = await _api.CloseAsync(upload);
        Assert.Equal(200, closed);
        Assert.Equal("resume-flight", body.GetProperty("flightId").GetString());
        Assert.Equal(a, File.ReadAllBytes(Path.Combine(host.DataFolder, "flights", "resume-flight", "DJI_0001_W.JPG")));
        Assert.True(File.Exists(Path.Combine(host.DataFolder, "flights", "resume-flight", "sub", "DJI_0002_W.JPG")));
    }

    [Fact]
    public async Task ChunkThatBreaksOffMidBodyKeepsTheBytesThatArrivedAsTheResumePoint()
    {
        var a = TestFiles.Jpeg(100_000, 14);
        var upload = await _api.CreateAsync("broken-chunk");
        await _api.DeclareAsync(upload, "B_W.JPG", a);

        // A client that announces the whole file, sends 40,000 bytes and dies.
        using (var socket = new System.Net.Sockets.TcpClient())
        {
            await socket.ConnectAsync(host.Client.BaseAddress!.Host, host.Client.BaseAddress.Port);
            var stream = socket.GetStream();
            var head = $"PATCH /api/uploads/{upload}/files/{TestFiles.Sha256(a)} HTTP/1.1\r\nHost: localhost\r\nUpload-Offset: 0\r\n" +
                $"Authorization: Bearer {host.PilotToken}\r\n" +
                "Content-Type: application/offset+octet-stream\r\nContent-Length: 100000\r\n\r\n";
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(a.AsMemory(0, 40_000));
            await stream.FlushAsync();
            await Task.Delay(300);
        }

        var committed = 0L;
        for (var i = 0; i < 50 && committed == 0; i++)
        {
            await Task.Delay(100); // the server notices the dropped connection on its own time
            committed = Committed((await _api.GetAsync(upload)).Body.GetProperty("files")[0]);
        }

        var rest = await _api.SendAsync(upload, TestFiles.Sha256(a), committed, a.AsMemory((int)committed));

        Assert.Equal(40_000, committed);
        Assert.Equal("Stored", State(rest.Body));
        Assert.Contains(TestFiles.Sha256(a), host.StoredHashes());
    }

    [Fact]
    public async Task ContentTheStoreHoldsIsStoredOnDeclarationWithNothingToSend()
    {
        var a = TestFiles.Jpeg(200_000, 3);
        var first = await _api.CreateAsync("dedupe-1");
        Assert.Equal("Stored", State((await _api.PutWholeAsync(first, "A_W.JPG", a)).Body));
        var count = host.StoredHashes().Count;

        var second = await _api.CreateAsync("dedupe-2");
        var (status, file) = await _api.DeclareAsync(second, "renamed_W.JPG", a);
        var (_, twin) = await _api.DeclareAsync(second, "copy_W.JPG", a);

        Assert.Equal(200, status);
        Assert.Equal(("Stored", 200_000L), (State(file), Committed(file)));
        Assert.Equal("Refused", State(twin));
        Assert.Contains("duplicate of renamed_W.JPG", twin.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal(count, host.StoredHashes().Count);
    }

    [Fact]
    public async Task WrongSha256IsRefusedWith422AndNothingIsStored()
    {
        var real = TestFiles.Jpeg(100_000, 4);
        var claimed = TestFiles.Sha256(TestFiles.Jpeg(100_000, 5));
        var upload = await _api.CreateAsync("wrong-hash");
        await _api.DeclareAsync(upload, "X_W.JPG", claimed, real.Length);

        var (status, problem) = await _api.SendAsync(upload, claimed, 0, real);

        Assert.Equal(422, status);
        Assert.Contains($"hash to SHA-256 {TestFiles.Sha256(real)}, not the declared {claimed}", Detail(problem), StringComparison.Ordinal);
        Assert.DoesNotContain(TestFiles.Sha256(real), host.StoredHashes());
        Assert.DoesNotContain(claimed, host.StoredHashes());
        var (_, session) = await _api.GetAsync(upload);
        Assert.Equal(("Missing", 0L), (State(session.GetProperty("files")[0]), Committed(session.GetProperty("files")[0])));
    }

    [Fact]
    public async Task OversizeFileIsRefusedWith413AndAChunkPastTheDeclaredSizeToo()
    {
        var upload = await _api.CreateAsync("oversize");
        var small = TestFiles.Jpeg(1000, 6);

        var (declared, problem) = await _api.DeclareAsync(upload, "big_W.JPG", new string('a', 64), UploadHostFixture.Limits.MaxFileBytes + 1);
        await _api.DeclareAsync(upload, "small_W.JPG", small);
        var (past, _) = await _api.SendAsync(upload, TestFiles.Sha256(small), 0, TestFiles.Jpeg(2000, 6));

        Assert.Equal(413, declared);
        Assert.Contains("over the per-file limit of 1048576 bytes", Detail(problem), StringComparison.Ordinal);
        Assert.Equal(413, past);
        var (_, session) = await _api.GetAsync(upload);
        Assert.Equal(0, Committed(session.GetProperty("files")[0]));
    }

    [Fact]
    public async Task OneFileMoreThanTheFlightMayHoldIsRefusedWith422AndTheOthersGoOn()
    {
        var upload = await _api.CreateAsync("too-many");
        for (var i = 0; i < UploadHostFixture.Limits.MaxFiles; i++)
        {
            Assert.Equal(200, (await _api.DeclareAsync(upload, $"F{i}_W.JPG", new string((char)('a' + i), 64), 1000)).Status);
        }

        var (status, problem) = await _api.DeclareAsync(upload, "extra_W.JPG", new string('f', 63) + "0", 1000);

        Assert.Equal(422, status);
        Assert.Contains("the flight already holds the most files allowed (6)", Detail(problem), StringComparison.Ordinal);
        Assert.Equal(6, (await _api.GetAsync(upload)).Body.GetProperty("files").GetArrayLength());
    }

    [Fact]
    public async Task ZipBombIsRefusedWhole()
    {
        var good = TestFiles.Jpeg(50_000, 7);
        var bomb = TestFiles.Zip(("good_W.JPG", good), ("zeros_W.JPG", new byte[900_000]));
        var upload = await _api.CreateAsync("bomb");
        var before = host.StoredHashes().Count;

        var (status, problem) = await _api.PutWholeAsync(upload, "flight.zip", bomb);

        Assert.Equal(422, status);
        Assert.Contains("zeros_W.JPG: refused: expands", Detail(problem), StringComparison.Ordinal);
        Assert.Contains("a zip bomb", Detail(problem), StringComparison.Ordinal);
        Assert.Equal(before, host.StoredHashes().Count);
        Assert.False(Directory.Exists(Path.Combine(host.DataFolder, "uploads", upload, "unzip")));
    }

    [Theory]
    [InlineData("traversal-1", "../escape_W.JPG", "'..' segment")]
    [InlineData("traversal-2", "a/../../escape_W.JPG", "'..' segment")]
    [InlineData("traversal-3", "/etc/escape_W.JPG", "absolute path")]
    public async Task ZipWithAnEntryLeadingOutsideIsRefusedWhole(string flightId, string entryName, string reason)
    {
        var zip = TestFiles.Zip(("ok_W.JPG", TestFiles.Jpeg(20_000, 8)), (entryName, TestFiles.Jpeg(20_000, 9)));
        var upload = await _api.CreateAsync(flightId);
        var before = host.StoredHashes().Count;

        var (status, problem) = await _api.PutWholeAsync(upload, "flight.zip", zip);

        Assert.Equal(422, status);
        Assert.Contains(reason, Detail(problem), StringComparison.Ordinal);
        Assert.Equal(before, host.StoredHashes().Count);
        Assert.False(File.Exists(Path.Combine(host.DataFolder, "escape_W.JPG")));
    }

    [Fact]
    public async Task ZipOfCapturesIsUnpackedIntoFilesOfTheUpload()
    {
        var one = TestFiles.Jpeg(30_000, 10);
        var two = TestFiles.Jpeg(30_000, 11);
        var zip = TestFiles.Zip(("m/one_W.JPG", one), ("m/two_W.JPG", two), ("__MACOSX/._one_W.JPG", [1, 2, 3]), ("notes.txt", "hello"u8.ToArray()));
        var upload = await _api.CreateAsync("zipped");

        var (status, zipFile) = await _api.PutWholeAsync(upload, "flight.zip", zip);

        Assert.Equal(200, status);
        Assert.Equal("Unpacked", State(zipFile));
        var files = (await _api.GetAsync(upload)).Body.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("Stored", State(files["m/one_W.JPG"]));
        Assert.Equal("Stored", State(files["m/two_W.JPG"]));
        Assert.Equal("Refused", State(files["__MACOSX/._one_W.JPG"]));
        Assert.Contains("not an image", files["notes.txt"].GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Contains(TestFiles.Sha256(one), host.StoredHashes());
        Assert.DoesNotContain(TestFiles.Sha256(zip), host.StoredHashes());
    }

    [Theory]
    [InlineData("/api/uploads", "{\"flightId\": ")]
    [InlineData("/api/uploads", "[1, 2")]
    [InlineData("/api/uploads", "{\"flightId\": 7}")]
    public async Task MalformedJsonIsABadRequestSayingSo(string path, string json)
    {
        var (status, problem) = await _api.PostRawAsync(path, json);

        Assert.Equal(400, status);
        Assert.Contains("malformed JSON", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedDeclarationIsABadRequest()
    {
        var upload = await _api.CreateAsync("malformed");

        var (broken, brokenProblem) = await _api.PostRawAsync($"/api/uploads/{upload}/files", "{\"name\": \"a_W.JPG\", \"sha256\": ");
        var (badHash, hashProblem) = await _api.DeclareAsync(upload, "a_W.JPG", "not-a-hash", 10);
        var (badName, nameProblem) = await _api.DeclareAsync(upload, "../a_W.JPG", new string('a', 64), 10);

        Assert.Equal((400, 400, 400), (broken, badHash, badName));
        Assert.Contains("malformed JSON", Detail(brokenProblem), StringComparison.Ordinal);
        Assert.Contains("sha256 must be 64 hex digits", Detail(hashProblem), StringComparison.Ordinal);
        Assert.Contains("'..' segment", Detail(nameProblem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosingWhileAFileMissesBytesIsAConflictNamingIt()
    {
        var upload = await _api.CreateAsync("incomplete");
        await _api.DeclareAsync(upload, "late_W.JPG", TestFiles.Jpeg(5000, 12));

        var (status, problem) = await _api.CloseAsync(upload);

        Assert.Equal(409, status);
        Assert.Contains("late_W.JPG", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedZipMayBeReplacedUnderItsNameByAGoodOne()
    {
        var upload = await _api.CreateAsync("replace-zip");
        var bad = TestFiles.Zip(("../x_W.JPG", TestFiles.Jpeg(20_000, 13)));
        var good = TestFiles.Zip(("x_W.JPG", TestFiles.Jpeg(20_000, 13)));

        var (refused, _) = await _api.PutWholeAsync(upload, "flight.zip", bad);
        var (replaced, zip) = await _api.PutWholeAsync(upload, "flight.zip", good);

        Assert.Equal((422, 200), (refused, replaced));
        Assert.Equal("Unpacked", State(zip));
    }

    [Fact]
    public async Task FileThatIsNoImageIsRefusedWith422AndNotStored()
    {
        var text = "flight notes, not a capture"u8.ToArray();
        var upload = await _api.CreateAsync("not-image");

        var (status, problem) = await _api.PutWholeAsync(upload, "notes_W.JPG", text);

        Assert.Equal(422, status);
        Assert.Contains("not an image", Detail(problem), StringComparison.Ordinal);
        Assert.DoesNotContain(TestFiles.Sha256(text), host.StoredHashes());
    }
}
