using System.Diagnostics;
using DroneInspect.Cli.Tests.Commands;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Cli.Uploading;
using DroneInspect.Ingestion.Store;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Cli.Tests.Uploading;

/// <summary>
/// The pilot's laptop dies mid-upload: `droneinspect upload` runs as its own process and is killed with SIGKILL after
/// some files reached the server. A second run sends only what the server lacks, every file is stored once, and the
/// flight completes with the findings a local `analyze` of the same folder gives.
/// </summary>
[Collection(DefaultSiloPortsCollection.Name)]
public sealed class KilledUploadTests(SampleFlight flight) : IClassFixture<SampleFlight>, IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task KilledClientResumesAndTheFlightFindsWhatAnalyzeFinds()
    {
        var folder = flight.Summary.FlightFolder;
        var files = LocalUpload.Collect(folder);
        var total = files.Sum(f => f.SizeBytes);
        await using var server = await UploadServer.StartAsync(
            Path.Combine(_temp.Path, "server"), flight.Summary.AssetsPath, flight.Summary.CustomersPath, chunkDelay: TimeSpan.FromMilliseconds(300));
        var store = new FileCaptureStore(Path.Combine(server.DataFolder, "store"));

        using (var client = StartUploadProcess(folder, server))
        {
            await WaitUntilAsync(() => store.List().Count() >= 2, client, TimeSpan.FromSeconds(60));
            client.Kill(); // SIGKILL: no cleanup, no goodbye to the server
            await client.WaitForExitAsync();
        }

        var heldAtKill = store.List().ToList();
        Assert.InRange(heldAtKill.Count, 2, files.Count - 1);

        using var http = UploadClient.CreateHttp(server.Url, token: server.PilotToken);
        var resumed = await new UploadRun(new UploadClient(http)).RunAsync("flight", files, CancellationToken.None);
        var heldBytes = files.Where(f => heldAtKill.Contains(f.Sha256)).Sum(f => f.SizeBytes);
        Assert.True(resumed.AlreadyHeldBytes >= heldBytes, $"held {resumed.AlreadyHeldBytes} B, expected at least {heldBytes} B");
        Assert.Equal(total, resumed.SentBytes + resumed.AlreadyHeldBytes);
        Assert.Empty(resumed.Refused);

        var waited = await CliRun.Of("upload", folder, "--server", server.Url.ToString(), "--token", server.PilotToken, "--wait");
        Assert.True(waited.ExitCode == 0, waited.Out + waited.Error);
        Assert.Contains("Flight 'flight': Completed", waited.Out, StringComparison.Ordinal);
        Assert.Equal(files.Select(f => f.Sha256).Distinct().Order(), store.List().Order());
        Assert.All(files, f => Assert.Equal(f.Sha256, ContentHash.OfFile(store.PathOf(f.Sha256))));

        var analyzed = await CliRun.Of("analyze", folder, "--assets", flight.Summary.AssetsPath, "--customers", flight.Summary.CustomersPath,
            "--out", Path.Combine(_temp.Path, "local"), "--data", Path.Combine(_temp.Path, "local-data"));
        Assert.True(analyzed.ExitCode == 0, analyzed.Out + analyzed.Error);
        var local = UploadCommandTests.Features(Path.Combine(_temp.Path, "local", "findings.geojson"));
        Assert.NotEmpty(local);
        Assert.Equal(local, UploadCommandTests.Features(Path.Combine(server.DataFolder, "output", "flight", "findings.geojson")));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The CLI as a pilot runs it, from the build beside this test assembly.</summary>
    private static Process StartUploadProcess(string folder, UploadServer server)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "droneinspect.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "upload", folder, "--server", server.Url.ToString(), "--flight", "flight"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DRONEINSPECT_TOKEN"] = server.PilotToken;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start droneinspect upload");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Process client, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(client.HasExited, $"the upload ended (exit {(client.HasExited ? client.ExitCode : 0)}) before it could be killed");
            Assert.True(clock.Elapsed < limit, $"fewer than 2 files stored after {limit}");
            await Task.Delay(25);
        }
    }
}
