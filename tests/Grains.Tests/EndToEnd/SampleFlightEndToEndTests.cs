using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Capture;
using DroneInspect.Grains.Hosting;
using DroneInspect.Grains.Output;
using DroneInspect.Ingestion.Thermal;
using Microsoft.Extensions.Options;

namespace DroneInspect.Grains.Tests.EndToEnd;

[Collection(SampleFlightCollection.Name)]
public sealed class SampleFlightEndToEndTests(SampleFlightFixture flight)
{
    [Fact]
    public void EveryCaptureOfTheSampleFlightIsAnalysedWithoutFailure()
    {
        Assert.Equal(FlightState.Completed, flight.Status.State);
        Assert.Equal(flight.Sample.RgbCount, flight.Status.CapturesTotal);
        Assert.Equal(0, flight.Status.CapturesFailed);
        Assert.Equal(flight.Status.CapturesTotal, flight.Status.CapturesDone);
    }

    [Fact]
    public void EveryPlantedHotspotBecomesAThermalFindingOnItsAssetNearItsTruePosition()
    {
        var thermalDefects = flight.Truth.Defects.Where(d => d.Kind == "thermal").ToList();
        Assert.NotEmpty(thermalDefects);
        var misses = new List<string>();
        foreach (var defect in thermalDefects)
        {
            var nearest = flight.NearestThermalFinding(defect);
            if (nearest is null)
            {
                misses.Add($"{defect.Id}: no thermal finding at all");
                continue;
            }

            var errorMeters = GeoDistance.Meters(nearest.LatitudeDegrees, nearest.LongitudeDegrees, defect.Latitude, defect.Longitude);
            var temperatureErrorKelvin = Math.Abs(nearest.MaxTemperatureCelsius!.Value - defect.TemperatureCelsius!.Value);
            if (errorMeters >= 3 || nearest.AssetId != defect.AssetId || temperatureErrorKelvin > 1.0 || !nearest.Absolute)
            {
                misses.Add($"{defect.Id} ({defect.Component} on {defect.AssetId}, {defect.TemperatureCelsius:0.0} C): nearest {nearest.Id} "
                    + $"on {nearest.AssetId}/{nearest.Component} at {errorMeters:0.0} m, {nearest.MaxTemperatureCelsius:0.0} C");
            }
        }

        Assert.True(misses.Count == 0, string.Join(Environment.NewLine, misses) + Environment.NewLine + "findings: "
            + string.Join("; ", flight.Findings.Select(f => $"{f.Id} {f.Kind} {f.AssetId}/{f.Component} {f.Grade} {f.MaxTemperatureCelsius:0.0}")));
    }

    [Fact]
    public void FindingsAreWrittenAsGeoJsonAndAnHtmlReport()
    {
        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(flight.OutputFolder, FindingsGeoJsonWriter.FileName)));
        var features = geo.RootElement.GetProperty("features");
        Assert.Equal(flight.Findings.Count, features.GetArrayLength());
        Assert.Equal(flight.Status.FindingCount, flight.Findings.Count);
        var html = File.ReadAllText(Path.Combine(flight.OutputFolder, ReportHtmlWriter.FileName));
        Assert.All(flight.Findings, f => Assert.Contains(f.Id, html, StringComparison.Ordinal));
    }

    /// <summary>
    /// A hotspot of the sample flight re-analysed with emissivity 0.8 (as a flight override reaches each capture): its
    /// Tmax changes, to exactly what the decoder gives at that pixel with that override.
    /// </summary>
    [Fact]
    public void EmissivityOverrideChangesAHotspotsTmaxExactlyAsTheDecoderDoes()
    {
        var (evidence, thermalPath) = flight.Findings
            .Where(f => f.Kind == "thermal" && f.Absolute)
            .SelectMany(f => f.Evidence)
            .Select(e => (Evidence: e, Path: Path.Combine(flight.Sample.FlightFolder, e.CaptureId + "_T.JPG")))
            .First(e => File.Exists(e.Path) && e.Evidence.PixelX is not null);
        var analyzer = new PipelineCaptureAnalyzer(new AssetNetworkCache(), Options.Create(new InspectOptions()));
        var job = new CaptureJob(evidence.CaptureId, null, thermalPath, flight.Sample.AssetsPath);

        var plain = SightingAt(analyzer.Analyze(job).Sightings, evidence.PixelX!.Value, evidence.PixelY!.Value);
        var overridden = SightingAt(analyzer.Analyze(job with { Overrides = new(Emissivity: 0.8) }).Sightings, evidence.PixelX.Value, evidence.PixelY.Value);

        var map = ThermalDecoder.Decode(thermalPath, new RadiometricOverrides(Emissivity: 0.8)).Map;
        var expected = map[(int)(overridden.PixelX!.Value - 0.5), (int)(overridden.PixelY!.Value - 0.5)];
        Assert.Equal(evidence.MaxTemperatureCelsius!.Value, plain.MaxTemperatureCelsius!.Value, 1e-9);
        Assert.Equal(expected, overridden.MaxTemperatureCelsius!.Value, 1e-4);
        Assert.True(overridden.MaxTemperatureCelsius > plain.MaxTemperatureCelsius + 1,
            $"a hot target read at emissivity 0.8 is hotter than at the file's value: {overridden.MaxTemperatureCelsius:0.00} vs {plain.MaxTemperatureCelsius:0.00} C");
    }

    private static Grains.Pipeline.Sighting SightingAt(IReadOnlyList<Grains.Pipeline.Sighting> sightings, double x, double y)
        => sightings.Where(s => s.Kind == "thermal").MinBy(s => Math.Pow(s.PixelX!.Value - x, 2) + Math.Pow(s.PixelY!.Value - y, 2))
            ?? throw new InvalidOperationException("no thermal sighting");
}
