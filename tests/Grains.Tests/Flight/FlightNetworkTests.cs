using DroneInspect.Geo.Projection;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Output;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Intake;

namespace DroneInspect.Grains.Tests.Flight;

/// <summary>
/// The asset network is read and checked before any capture is analysed: a file that cannot be read, or has no usable
/// feature, fails the flight at once with the reason; dropped features are counted per reason in the problems; a
/// capture far from the network is a problem naming the distance; an empty flight folder fails the flight.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FlightNetworkTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AssetFileThatIsNotJsonFailsTheFlightBeforeAnyCapture()
    {
        var (id, request) = ScriptedFlight("notjson", "this is not GeoJSON");

        var status = await Run(id, request);

        Assert.Equal(FlightState.Failed, status.State);
        Assert.Contains(status.Problems, p => p.StartsWith("flight: ", StringComparison.Ordinal) && p.Contains("is not valid JSON", StringComparison.Ordinal));
        Assert.Equal(0, fixture.Script.CallsFor($"{id}-1"));
    }

    [Fact]
    public async Task AssetFileWithOnlyInvalidFeaturesFailsTheFlightWithTheCountedReasons()
    {
        var (id, request) = ScriptedFlight("invalid", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8,47]},"properties":{"kind":"pole"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8,47]},"properties":{"kind":"pole"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8,47]},"properties":{"id":"L1","kind":"line"}}]}
            """);

        var status = await Run(id, request);

        Assert.Equal(FlightState.Failed, status.State);
        Assert.Contains("flight: assets.geojson has no usable feature: all 3 dropped (missing id: 2; wrong geometry type for its kind: 1)", status.Problems);
        Assert.Contains(status.Problems, p => p.StartsWith("assets.geojson: 2 features dropped: missing id", StringComparison.Ordinal));
        Assert.Equal(0, fixture.Script.CallsFor($"{id}-1"));
    }

    [Fact]
    public async Task DroppedFeaturesAreCountedInTheProblemsAndTheReport()
    {
        var (id, request) = ScriptedFlight("dropped", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8,47]},"properties":{"id":"P1","kind":"pole"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8,470]},"properties":{"id":"P2","kind":"pole"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8,47]},"properties":{"id":"P3","kind":"windmill"}}]}
            """);

        var status = await Run(id, request);

        Assert.Equal(FlightState.Completed, status.State);
        Assert.Equal(2, status.CapturesDone);
        Assert.Contains(status.Problems, p => p.StartsWith("assets.geojson: 1 feature dropped: coordinates outside longitude/latitude range (e.g. P2:", StringComparison.Ordinal));
        Assert.Contains(status.Problems, p => p.StartsWith("assets.geojson: 1 feature dropped: missing or unknown kind (e.g. P3: unknown kind 'windmill')", StringComparison.Ordinal));
        var html = File.ReadAllText(Path.Combine(request.OutputFolder, ReportHtmlWriter.FileName));
        Assert.Contains("1 feature dropped: missing or unknown kind", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaptureFarFromTheNetworkIsAProblemNamingTheDistance()
    {
        var (id, request) = ScriptedFlight("far", ClusterFixture.OnePoleNetwork);
        const double lat = 46.8426, lon = -91.9946; // Duluth, Minnesota; the network's pole stands at 8 E, 47 N
        fixture.Script.ScriptCapture($"{id}-1", _ => new CaptureAnalysis($"{id}-1",
            [new Sighting($"{id}-1", "thermal", null, null, "general", "rule", 60, 30, 30, lat, lon, 150, 4, "ground", true, null)], []));
        fixture.Script.ScriptCapture($"{id}-2", _ => new CaptureAnalysis($"{id}-2",
            [new Sighting($"{id}-2", "thermal", "P1", "top", "general", "rule", 60, 30, 30, 47.0, 8.0, 150, 4, "asset", true, null)], []));

        var status = await Run(id, request);

        var km = GreatCircle.DistanceMeters(lon, lat, 8.0, 47.0) / 1000;
        Assert.InRange(km, 7000, 7200);
        Assert.Equal(FlightState.Completed, status.State);
        var problem = Assert.Single(status.Problems, p => p.Contains("from the asset network's extent", StringComparison.Ordinal));
        Assert.Equal($"capture {id}-1 is {km:N0} km from the asset network's extent; placed on the ground", problem);
    }

    [Fact]
    public async Task EmptyFlightFolderFailsTheFlightSayingSo()
    {
        var id = $"empty-{Guid.NewGuid():N}";
        var folder = Directory.CreateDirectory(Path.Combine(fixture.Folder, id)).FullName;
        var request = new FlightRequest(folder, fixture.AssetsPath, null, Path.Combine(fixture.Folder, id + "-out"));

        var status = await Run(id, request);

        Assert.Equal((FlightState.Failed, 0), (status.State, status.CapturesTotal));
        Assert.Contains($"flight: no captures: the flight folder {folder} holds no image files", status.Problems);
    }

    private (string Id, FlightRequest Request) ScriptedFlight(string name, string assetsJson)
    {
        var id = $"{name}-{Guid.NewGuid():N}";
        var folder = Directory.CreateDirectory(Path.Combine(fixture.Folder, id)).FullName;
        var assets = Path.Combine(folder, "assets.geojson");
        File.WriteAllText(assets, assetsJson);
        fixture.Script.ScriptFlight(folder, new CapturePair($"{id}-1", null, $"{id}-1_T.JPG"), new CapturePair($"{id}-2", null, $"{id}-2_T.JPG"));
        fixture.Script.ScriptCapture($"{id}-1", _ => new CaptureAnalysis($"{id}-1", [], []));
        fixture.Script.ScriptCapture($"{id}-2", _ => new CaptureAnalysis($"{id}-2", [], []));
        return (id, new FlightRequest(folder, assets, null, Path.Combine(folder, "out")));
    }

    private async Task<FlightStatus> Run(string id, FlightRequest request)
    {
        var finished = fixture.Script.NextFinish(id);
        await fixture.Client.GetGrain<IFlightGrain>(id).Start(request);
        return await finished;
    }
}
