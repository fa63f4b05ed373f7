using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Output;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Intake;

namespace DroneInspect.Grains.Tests.Flight;

/// <summary>Overrides for a flight and for single files: effective per capture, and a change re-runs exactly its captures.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FlightOverridesTests(ClusterFixture fixture)
{
    private static readonly ThermalOverrides Flight = new(Emissivity: 0.8);

    [Fact]
    public async Task FlightOverridesReachEveryCaptureAndAreShownPerCaptureInTheReport()
    {
        var (id, request) = NewFlight("flight-overrides", Flight);
        var grain = fixture.Client.GetGrain<IFlightGrain>(id);

        var status = await Run(id, grain, request);

        Assert.Equal((FlightState.Completed, 3), (status.State, status.CapturesDone));
        Assert.All(new[] { 1, 2, 3 }, n => Assert.Equal(Flight, fixture.Script.LastJobFor($"{id}-{n}")!.Overrides));
        var html = File.ReadAllText(Path.Combine(request.OutputFolder, ReportHtmlWriter.FileName));
        Assert.Contains($"{id}-2: emissivity 0.80 (override)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingOneFilesOverrideReRunsOnlyThatCapture()
    {
        var (id, request) = NewFlight("one-file", Flight);
        var grain = fixture.Client.GetGrain<IFlightGrain>(id);
        await Run(id, grain, request);
        var changed = request with
        {
            FileOverrides = new Dictionary<string, ThermalOverrides> { [$"{id}-2_T.JPG"] = new(Emissivity: 0.7, RelativeHumidity: 0.4) },
        };

        var status = await Run(id, grain, changed);

        Assert.Equal((FlightState.Completed, 3), (status.State, status.CapturesDone));
        Assert.Equal((1, 2, 1), (fixture.Script.CallsFor($"{id}-1"), fixture.Script.CallsFor($"{id}-2"), fixture.Script.CallsFor($"{id}-3")));
        Assert.Equal(new ThermalOverrides(0.7, RelativeHumidity: 0.4), fixture.Script.LastJobFor($"{id}-2")!.Overrides);
        var findings = await grain.GetFindings();
        Assert.Equal(3, findings.Count);
        Assert.Equal(70.0, findings.Single(f => f.AssetId == $"{id}-2").MaxTemperatureCelsius);
        var html = File.ReadAllText(Path.Combine(request.OutputFolder, ReportHtmlWriter.FileName));
        Assert.Contains($"{id}-2: emissivity 0.70 (override), humidity 0.40 (override)", html, StringComparison.Ordinal);
        Assert.Contains($"{id}-1: emissivity 0.80 (override)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameOverridesAgainRunNothingAndRemovingThemReRunsEveryCapture()
    {
        var (id, request) = NewFlight("same", Flight);
        var grain = fixture.Client.GetGrain<IFlightGrain>(id);
        await Run(id, grain, request);

        var same = request with { FileOverrides = new Dictionary<string, ThermalOverrides>() };
        var again = await grain.Start(same);
        Assert.Equal(FlightState.Completed, again.State);
        Assert.Equal(1, fixture.Script.CallsFor($"{id}-1"));

        await Run(id, grain, request with { FlightOverrides = null });

        Assert.Equal((2, 2, 2), (fixture.Script.CallsFor($"{id}-1"), fixture.Script.CallsFor($"{id}-2"), fixture.Script.CallsFor($"{id}-3")));
        Assert.Null(fixture.Script.LastJobFor($"{id}-1")!.Overrides);
    }

    [Fact]
    public async Task OverridesForAFileNotInTheFlightAreReportedAsUnused()
    {
        var (id, request) = NewFlight("unknown-file", null);
        var grain = fixture.Client.GetGrain<IFlightGrain>(id);

        var status = await Run(id, grain, request with { FileOverrides = new Dictionary<string, ThermalOverrides> { ["nope_T.JPG"] = Flight } });

        Assert.Contains("overrides: no thermal file 'nope_T.JPG' in the flight; its overrides were not used", status.Problems);
        Assert.Null(fixture.Script.LastJobFor($"{id}-1")!.Overrides);
    }

    private async Task<FlightStatus> Run(string id, IFlightGrain grain, FlightRequest request)
    {
        var finished = fixture.Script.NextFinish(id);
        await grain.Start(request);
        return await finished;
    }

    /// <summary>Three scripted captures whose thermal files lie in the flight folder; each finding's Tmax is 100 x its emissivity.</summary>
    private (string Id, FlightRequest Request) NewFlight(string name, ThermalOverrides? overrides)
    {
        var id = $"{name}-{Guid.NewGuid():N}";
        var folder = Directory.CreateDirectory(Path.Combine(fixture.Folder, id)).FullName;
        var pairs = Enumerable.Range(1, 3).Select(n => new CapturePair($"{id}-{n}", null, Path.Combine(folder, $"{id}-{n}_T.JPG"))).ToArray();
        fixture.Script.ScriptFlight(folder, pairs);
        foreach (var pair in pairs)
        {
            fixture.Script.ScriptCapture(pair.CaptureId, _ =>
            {
                var tmax = 100 * (fixture.Script.LastJobFor(pair.CaptureId)!.Overrides?.Emissivity ?? 1);
                var sighting = new Sighting(pair.CaptureId, "thermal", pair.CaptureId, "clamp", "general", "rule", tmax, 30, tmax - 30, 47.0, 8.0, 500, 2, "asset", true, null);
                return new CaptureAnalysis(pair.CaptureId, [sighting], [InspectionPipeline.NoDetectorNote]);
            });
        }

        return (id, new FlightRequest(folder, fixture.AssetsPath, null, Path.Combine(folder, "out"), overrides));
    }
}
