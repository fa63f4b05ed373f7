using System.Text.Json;
using System.Text.RegularExpressions;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Cli.Tests.Commands;

/// <summary>
/// `analyze` through the real host and pipeline tells the truth about its inputs: an asset file that is not JSON, or
/// has only invalid features, and an empty flight folder fail with exit 1 and the reason; a flight 6,000 km from its
/// network is placed on the ground with a problem naming the distance; a million-vertex network loads without any
/// capture parked.
/// </summary>
[Collection(DefaultSiloPortsCollection.Name)]
public sealed partial class AnalyzeTruthTests(SampleFlight flight) : IClassFixture<SampleFlight>, IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task AssetFileThatIsNotJsonFailsWithExitOneAndTheReason()
    {
        var assets = _temp.Write("assets.geojson", "this is not GeoJSON"u8.ToArray());

        var run = await Analyze(flight.Summary.FlightFolder, assets);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The flight failed", run.Out, StringComparison.Ordinal);
        Assert.Contains($"droneinspect: flight 'flight' failed: '{assets}' is not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssetFileWithOnlyInvalidFeaturesFailsWithExitOneAndTheCountedReasons()
    {
        var assets = _temp.Write("assets.geojson", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8.47,47.41]},"properties":{"kind":"pole"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8.47,47.41]},"properties":{"id":"L1","kind":"line"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[847000,4741000]},"properties":{"id":"P9","kind":"pole"}}]}
            """u8.ToArray());

        var run = await Analyze(flight.Summary.FlightFolder, assets);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "failed: assets.geojson has no usable feature: all 3 dropped (missing id: 1; wrong geometry type for its kind: 1; coordinates outside longitude/latitude range: 1)",
            run.Error, StringComparison.Ordinal);
        Assert.Contains("  - assets.geojson: 1 feature dropped: coordinates outside longitude/latitude range (e.g. P9:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyFlightFolderFailsWithExitOneSayingSo()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_temp.Path, "empty")).FullName;

        var run = await Analyze(empty, flight.Summary.AssetsPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"droneinspect: flight 'empty' failed: no captures: the flight folder {empty} holds no image files", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("No findings", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlightSixThousandKilometresFromItsNetworkIsPlacedOnTheGroundWithTheDistance()
    {
        // One pole 54 degrees of latitude south of the sample flight (8.47 E, 47.41 N): about 6,000 km.
        var assets = _temp.Write("far.geojson", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[8.47,-6.55]},"properties":{"id":"P-FAR","kind":"pole"}}]}
            """u8.ToArray());

        var run = await Analyze(flight.Summary.FlightFolder, assets);

        Assert.Equal(0, run.ExitCode);
        var distances = DistanceProblem().Matches(run.Out);
        Assert.NotEmpty(distances);
        Assert.All(distances, m => Assert.InRange(int.Parse(m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), 5990, 6010));
        using var findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp.Path, "out", "findings.geojson")));
        var features = findings.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.InRange(f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(), 47.3, 47.5));
        Assert.DoesNotContain(features, f => f.GetRawText().Contains("P-FAR", StringComparison.Ordinal));
        var report = File.ReadAllText(Path.Combine(_temp.Path, "out", "report.html"));
        Assert.Contains("from the asset network&#39;s extent; placed on the ground", report, StringComparison.Ordinal);
        Assert.Contains("out of the asset network&#39;s reach; hotspots placed on the ground in the capture&#39;s own UTM zone", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MillionVertexNetworkAnalysesTheSampleFlightWithNoCaptureParked()
    {
        var assets = Path.Combine(_temp.Path, "big.geojson");
        MeanderNetwork.WriteSampleWithMeanderLine(flight.Summary.AssetsPath, assets, vertices: 1_000_000);

        var run = await Analyze(flight.Summary.FlightFolder, assets);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains($"{flight.Summary.ThermalCount}/{flight.Summary.ThermalCount} captures", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("parked", run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("did not arrive on time", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SampleFlightWithItsOwnNetworkReportsNoProblemsAndListsEveryOutput()
    {
        var run = await Analyze(flight.Summary.FlightFolder, flight.Summary.AssetsPath);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.False(run.Out.Contains("problem(s)", StringComparison.Ordinal), "the run reported problems:\n" + run.Out); // e.g. the silo's GC-mode notes are no problem of the run
        foreach (var name in new[] { "findings.geojson", "findings.csv", "report.html" })
        {
            Assert.Contains(Path.Combine(_temp.Path, "out", name), run.Out, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(_temp.Path, "out", name)), name);
        }

        Assert.DoesNotContain("(not written)", run.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex(@"capture \S+ is ([\d,]+) km from the asset network's extent; placed on the ground")]
    private static partial Regex DistanceProblem();

    private Task<CliRun> Analyze(string flightFolder, string assets) =>
        CliRun.Of("analyze", flightFolder, "--assets", assets, "--out", Path.Combine(_temp.Path, "out"), "--data", Path.Combine(_temp.Path, "data"));
}
