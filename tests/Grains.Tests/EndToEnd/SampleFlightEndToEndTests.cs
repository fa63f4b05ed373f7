using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Output;

namespace DroneInspect.Grains.Tests.EndToEnd;

public sealed class SampleFlightEndToEndTests(SampleFlightFixture flight) : IClassFixture<SampleFlightFixture>
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
            var nearest = flight.Findings
                .Where(f => f.Kind == "thermal")
                .MinBy(f => GeoDistance.Meters(f.LatitudeDegrees, f.LongitudeDegrees, defect.Latitude, defect.Longitude));
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
}
