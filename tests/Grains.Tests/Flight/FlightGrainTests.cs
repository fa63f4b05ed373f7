using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Flight;
using DroneInspect.Grains.Output;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Grains.Storage;
using DroneInspect.Ingestion.Intake;

namespace DroneInspect.Grains.Tests.Flight;

[Collection(ClusterCollection.Name)]
public sealed class FlightGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task FlightCompletesParkingTheCaptureThatFailsTwiceAndMergesTheRest()
    {
        var (id, request) = NewFlight("mixed");
        fixture.Script.ScriptFlight(request.FlightFolder, Pair(id, 1), Pair(id, 2), Pair(id, 3), Pair(id, 4), Pair(id, 5));
        fixture.Script.ScriptCapture($"{id}-1", _ => Analysis($"{id}-1", Sighting($"{id}-1", "T-1", "general", 60)));
        fixture.Script.ScriptCapture($"{id}-2", _ => Analysis($"{id}-2", Sighting($"{id}-2", "T-1", "critical", 75)));
        fixture.Script.ScriptCapture($"{id}-3", _ => throw new CaptureFailedException("decode thermal", "the file is not radiometric"));
        fixture.Script.ScriptCapture($"{id}-4", call => call == 1 ? throw new InvalidOperationException("worker lost") : Analysis($"{id}-4"));
        fixture.Script.ScriptCapture($"{id}-5", _ => Analysis($"{id}-5", Sighting($"{id}-5", "T-9", "general", 40)));
        var grain = fixture.Client.GetGrain<IFlightGrain>(id);

        var finished = fixture.Script.NextFinish(id);
        var started = await grain.Start(request);
        var status = await finished;

        Assert.Equal(FlightState.Running, started.State);
        Assert.Equal((FlightState.Completed, 5, 4, 1, 2), (status.State, status.CapturesTotal, status.CapturesDone, status.CapturesFailed, status.FindingCount));
        Assert.Contains($"{id}-3: decode thermal: the file is not radiometric", status.Problems);
        Assert.Contains("notes.txt: not an image", status.Problems);
        Assert.Equal((2, 2, 1), (fixture.Script.CallsFor($"{id}-3"), fixture.Script.CallsFor($"{id}-4"), fixture.Script.CallsFor($"{id}-1")));
        var findings = await grain.GetFindings();
        Assert.Equal(("T-1", "critical", 2, 75.0), (findings[0].AssetId, findings[0].Grade, findings[0].SightingCount, findings[0].MaxTemperatureCelsius));
        Assert.Equal([$"{id}-1", $"{id}-2"], findings[0].Captures);
        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(request.OutputFolder, FindingsGeoJsonWriter.FileName)));
        Assert.Equal(2, geo.RootElement.GetProperty("features").GetArrayLength());
        var html = File.ReadAllText(Path.Combine(request.OutputFolder, ReportHtmlWriter.FileName));
        Assert.Contains("the file is not radiometric", html, StringComparison.Ordinal);
        Assert.Contains("no detector model configured (4 captures)", html, StringComparison.Ordinal);
        Assert.Contains(id, await fixture.Client.GetGrain<IFlightCatalogGrain>(0).ListFlights());
    }

    [Fact]
    public async Task CompletedFlightSurvivesDeactivationAndIsNotRedone()
    {
        var (id, request) = NewFlight("done");
        fixture.Script.ScriptFlight(request.FlightFolder, Pair(id, 1));
        fixture.Script.ScriptCapture($"{id}-1", _ => Analysis($"{id}-1", Sighting($"{id}-1", "T-3", "serious", 88)));
        var grain = fixture.Client.GetGrain<IFlightGrain>(id);
        var finished = fixture.Script.NextFinish(id);
        await grain.Start(request);
        await finished;

        await fixture.Cluster.DeactivateAsync(grain);
        var again = await grain.Start(request);

        Assert.Equal((FlightState.Completed, 1, 1), (again.State, again.CapturesDone, again.FindingCount));
        Assert.Equal(1, fixture.Script.CallsFor($"{id}-1"));
        Assert.Equal("T-3", Assert.Single(await grain.GetFindings()).AssetId);
    }

    [Fact]
    public async Task ActivationResumesARunningFlightAndSkipsFinishedCaptures()
    {
        var (id, request) = NewFlight("resume");
        fixture.Script.ScriptCapture($"{id}-2", _ => Analysis($"{id}-2", Sighting($"{id}-2", "T-5", "general", 50)));
        var done = new CaptureRecord($"{id}-1", null, "t1.JPG", CaptureStage.Done, 1, null, [Sighting($"{id}-1", "T-4", "serious", 90)], []);
        var pending = new CaptureRecord($"{id}-2", null, "t2.JPG", CaptureStage.Pending, 0, null, [], []);
        var stored = new FlightGrainState() with { Request = request, State = FlightState.Running, Inventoried = true, Captures = [done, pending] };
        var grain = fixture.Client.GetGrain<IFlightGrain>(id);
        var storage = new SqliteGrainStorage("inspect", new SqliteGrainStorageOptions { DatabasePath = fixture.DatabasePath });
        await storage.WriteStateAsync("flight", grain.GetGrainId(), new GrainState<FlightGrainState>(stored));

        var finished = fixture.Script.NextFinish(id);
        await grain.GetStatus();
        var status = await finished;

        Assert.Equal((FlightState.Completed, 2, 2), (status.State, status.CapturesDone, status.FindingCount));
        Assert.Equal((0, 1), (fixture.Script.CallsFor($"{id}-1"), fixture.Script.CallsFor($"{id}-2")));
        Assert.Equal(["T-4", "T-5"], (await grain.GetFindings()).Select(f => f.AssetId));
    }

    [Fact]
    public async Task StartingAgainRetriesParkedCapturesAndKeepsAnalysedOnes()
    {
        var (id, request) = NewFlight("rerun");
        fixture.Script.ScriptFlight(request.FlightFolder, Pair(id, 1), Pair(id, 2));
        fixture.Script.ScriptCapture($"{id}-1", _ => Analysis($"{id}-1", Sighting($"{id}-1", "T-1", "general", 55)));
        fixture.Script.ScriptCapture($"{id}-2", call => call <= 2 ? throw new CaptureFailedException("read metadata", "file locked") : Analysis($"{id}-2"));
        var grain = fixture.Client.GetGrain<IFlightGrain>(id);
        var first = fixture.Script.NextFinish(id);
        await grain.Start(request);
        Assert.Equal(1, (await first).CapturesFailed);

        var second = fixture.Script.NextFinish(id);
        await grain.Start(request with { OutputFolder = Path.Combine(request.FlightFolder, "out2") });
        var status = await second;

        Assert.Equal((FlightState.Completed, 2, 0, 1), (status.State, status.CapturesDone, status.CapturesFailed, status.FindingCount));
        Assert.Equal((1, 3), (fixture.Script.CallsFor($"{id}-1"), fixture.Script.CallsFor($"{id}-2")));
        Assert.True(File.Exists(Path.Combine(request.FlightFolder, "out2", ReportHtmlWriter.FileName)));
    }

    [Fact]
    public async Task MissingFlightFolderFailsTheFlightWithTheReason()
    {
        var (id, request) = NewFlight("missing");
        Directory.Delete(request.FlightFolder);
        var finished = fixture.Script.NextFinish(id);

        await fixture.Client.GetGrain<IFlightGrain>(id).Start(request);
        var status = await finished;

        Assert.Equal(FlightState.Failed, status.State);
        Assert.Contains(status.Problems, p => p.Contains("Flight folder not found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FolderOfFilesThatAreNotImagesFailsListingEachFileWithItsReason()
    {
        var (id, request) = NewFlight("random");
        var random = new Random(7);
        for (var i = 1; i <= 3; i++)
        {
            var bytes = new byte[2048];
            random.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(request.FlightFolder, $"DJI_000{i}_T.JPG"), bytes);
        }

        var finished = fixture.Script.NextFinish(id);
        await fixture.Client.GetGrain<IFlightGrain>(id).Start(request);
        var status = await finished;

        Assert.Equal(FlightState.Failed, status.State);
        Assert.Equal(0, status.CapturesDone);
        Assert.Equal(0, status.FindingCount);
        Assert.True(status.Problems.Count >= 4, string.Join("; ", status.Problems));
        Assert.All(status.Problems, p => Assert.Matches(@"^.+: .+$", p));
        Assert.Equal(3, status.Problems.Count(p => p.StartsWith("DJI_000", StringComparison.Ordinal)));
        Assert.Contains($"flight: no captures: none of the 3 file(s) in {request.FlightFolder} was accepted (see the other problems)", status.Problems);
    }

    private (string Id, FlightRequest Request) NewFlight(string name)
    {
        var id = $"{name}-{Guid.NewGuid():N}";
        var folder = Directory.CreateDirectory(Path.Combine(fixture.Folder, id)).FullName;
        return (id, new FlightRequest(folder, fixture.AssetsPath, null, Path.Combine(folder, "out")));
    }

    private static CapturePair Pair(string id, int n) => new($"{id}-{n}", null, $"{id}-{n}_T.JPG");

    private static CaptureAnalysis Analysis(string captureId, params Sighting[] sightings)
        => new(captureId, sightings, [InspectionPipeline.NoDetectorNote]);

    private static Sighting Sighting(string captureId, string asset, string grade, double tmax)
        => new(captureId, "thermal", asset, "clamp", grade, "rule", tmax, 30, tmax - 30, 47.0, 8.0, 500, 2, "asset", true, null);
}
