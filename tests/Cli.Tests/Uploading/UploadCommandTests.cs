using System.Text.Json;
using DroneInspect.Cli.Commands;
using DroneInspect.Cli.Tests.Commands;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Cli.Uploading;
using DroneInspect.Ingestion.Store;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Cli.Tests.Uploading;

/// <summary>
/// `upload` against a real server: a client stopped mid-file resumes sending only the missing bytes, every file is
/// stored once with its hash, the flight completes with the findings a local `analyze` gives, and a repeated upload
/// sends nothing.
/// </summary>
[Collection(DefaultSiloPortsCollection.Name)]
public sealed class UploadCommandTests(SampleFlight flight) : IClassFixture<SampleFlight>, IDisposable
{
    private const int SmallChunkBytes = 64 * 1024;

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task StoppedUploadResumesWithOnlyTheMissingBytesAndTheFlightFindsWhatAnalyzeFinds()
    {
        var folder = flight.Summary.FlightFolder;
        var files = LocalUpload.Collect(folder);
        var total = files.Sum(f => f.SizeBytes);
        await using var server = await UploadServer.StartAsync(Path.Combine(_temp.Path, "server"), flight.Summary.AssetsPath, flight.Summary.CustomersPath);
        using var http = UploadClient.CreateHttp(server.Url, token: server.PilotToken);
        var client = new UploadClient(http);

        // First run: stopped in the second file, after its first chunk.
        using var stop = new CancellationTokenSource();
        var first = new UploadRun(client, SmallChunkBytes) { OnProgress = (sent, _, _, _) => { if (sent > files[0].SizeBytes) stop.Cancel(); } };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunAsync("flight", files, stop.Token));
        var session = await client.OpenAsync("flight", CancellationToken.None);
        var committed = session.Files.Sum(f => f.CommittedBytes);
        Assert.Contains(session.Files, f => f.State == "Partial" && f.CommittedBytes > 0 && f.CommittedBytes < f.SizeBytes);

        // Second run: only what the server lacks.
        var second = await new UploadRun(client, SmallChunkBytes).RunAsync("flight", files, CancellationToken.None);
        Assert.Equal(total - committed, second.SentBytes);
        Assert.Equal(committed, second.AlreadyHeldBytes);
        Assert.Empty(second.Refused);
        Assert.NotNull(second.Close);

        var store = new FileCaptureStore(Path.Combine(server.DataFolder, "store"));
        Assert.Equal(files.Select(f => f.Sha256).Distinct().Order(), store.List().Order());
        Assert.All(files, f => Assert.Equal(f.Sha256, ContentHash.OfFile(store.PathOf(f.Sha256))));

        // Third run, through the command: nothing to send; waits for the flight.
        var third = await CliRun.Of("upload", folder, "--server", server.Url.ToString(), "--token", server.PilotToken, "--wait");
        Assert.True(third.ExitCode == 0, third.Out + third.Error);
        Assert.Contains("Sent 0.0 MB", third.Out, StringComparison.Ordinal);
        Assert.Contains("Flight: flight", third.Out, StringComparison.Ordinal);
        Assert.Contains("Flight 'flight': Completed", third.Out, StringComparison.Ordinal);
        Assert.Equal(files.Count, store.List().Count());

        var analyzed = await CliRun.Of("analyze", folder, "--assets", flight.Summary.AssetsPath, "--customers", flight.Summary.CustomersPath,
            "--out", Path.Combine(_temp.Path, "local"), "--data", Path.Combine(_temp.Path, "local-data"));
        Assert.True(analyzed.ExitCode == 0, analyzed.Out + analyzed.Error);
        var uploaded = Features(Path.Combine(server.DataFolder, "output", "flight", "findings.geojson"));
        var local = Features(Path.Combine(_temp.Path, "local", "findings.geojson"));
        Assert.NotEmpty(local);
        Assert.Equal(local, uploaded);
    }

    [Fact]
    public async Task ZipWithAnEntryLeadingOutsideIsRefusedAndNoFlightStarts()
    {
        var zip = Path.Combine(_temp.Path, "hostile.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var entry = archive.CreateEntry("../DJI_0001_W.JPG").Open();
            entry.Write(File.ReadAllBytes(Directory.EnumerateFiles(flight.Summary.FlightFolder).Order(StringComparer.Ordinal).First()));
        }

        await using var server = await UploadServer.StartAsync(Path.Combine(_temp.Path, "server"), flight.Summary.AssetsPath, null);
        var run = await CliRun.Of("upload", zip, "--server", server.Url.ToString(), "--token", server.PilotToken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("refused  hostile.zip: 422 Unprocessable Entity: 'hostile.zip' refused whole, nothing from it was stored: ../DJI_0001_W.JPG: refused: the entry's path has a '..' segment", run.Out, StringComparison.Ordinal);
        Assert.Contains("the flight was not started: 422 Unprocessable Entity: no file of this upload was stored", run.Error, StringComparison.Ordinal);
        Assert.Empty(new FileCaptureStore(Path.Combine(server.DataFolder, "store")).List());
    }

    [Fact]
    public void TokenIsSentAsBearerAuthorization()
    {
        using var http = UploadClient.CreateHttp(new Uri("http://127.0.0.1:1/"), "s3cret");

        Assert.Equal("Bearer s3cret", http.DefaultRequestHeaders.Authorization?.ToString());
    }

    [Fact]
    public async Task WithoutATokenTheServerRefusesAndThePilotIsToldHowToSignIn()
    {
        await using var server = await UploadServer.StartAsync(Path.Combine(_temp.Path, "server-anon"), flight.Summary.AssetsPath, null);

        var run = await CliRun.Of("upload", flight.Summary.FlightFolder, "--server", server.Url.ToString());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401 Unauthorized: the server needs a pilot's API token: pass --token TOKEN or set DRONEINSPECT_TOKEN", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Empty(new FileCaptureStore(Path.Combine(server.DataFolder, "store")).List());
    }

    [Fact]
    public async Task UnreachableServerSaysSoAndThatARerunResumes()
    {
        var run = await CliRun.Of("upload", flight.Summary.FlightFolder, "--server", "http://127.0.0.1:1/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot reach http://127.0.0.1:1/", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeitherFolderNorZipIsAUsageError()
    {
        var file = _temp.Write("notes.txt", "x"u8.ToArray());

        var run = await CliRun.Of("upload", file, "--server", "http://127.0.0.1:1/");

        Assert.Equal(CommandLineApp.UsageExitCode, run.ExitCode);
        Assert.Contains("is neither a folder nor a .zip file", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// Each finding feature's JSON, in order, without the sightings' <c>evidenceId</c>: that names where the evidence is
    /// kept (it follows the capture's path, which differs between the upload's flight folder and the local one).
    /// </summary>
    internal static List<string> Features(string geojson)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(geojson))!;
        return document["features"]!.AsArray().Select(feature =>
        {
            foreach (var sighting in feature!["properties"]?["sightings"]?.AsArray() ?? [])
            {
                sighting!.AsObject().Remove("evidenceId");
            }

            return feature.ToJsonString();
        }).ToList();
    }
}
