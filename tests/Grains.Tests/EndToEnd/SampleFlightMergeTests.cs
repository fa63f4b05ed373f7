using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Output;

namespace DroneInspect.Grains.Tests.EndToEnd;

/// <summary>Merging and findings.csv on the real pipeline's output for the sample flight.</summary>
[Collection(SampleFlightCollection.Name)]
public sealed class SampleFlightMergeTests(SampleFlightFixture flight)
{
    [Fact]
    public void AHotspotSeenInSeveralCapturesIsOneFindingWithEverySightingAsEvidence()
    {
        var problems = new List<string>();
        foreach (var defect in flight.Truth.Defects.Where(d => d.Kind == "thermal" && d.Sightings.Select(s => s.File).Distinct().Count() >= 2))
        {
            // Its finding: on its asset, near it, as hot as it (its similar components run cooler and are findings of their own).
            var near = flight.Findings.Where(f => f.Kind == "thermal" && f.AssetId == defect.AssetId
                && GeoDistance.Meters(f.LatitudeDegrees, f.LongitudeDegrees, defect.Latitude, defect.Longitude) < 3
                && Math.Abs(f.MaxTemperatureCelsius!.Value - defect.TemperatureCelsius!.Value) <= 1.0).ToList();
            if (near.Count != 1 || near[0].SightingCount < 2 || near[0].Evidence.Count != near[0].SightingCount
                || near[0].Evidence.Any(e => e.PixelX is null || e.MaxTemperatureCelsius is null))
            {
                problems.Add($"{defect.Id} on {defect.AssetId}: " + string.Join("; ", near.Select(f => $"{f.Id} {f.Component} x{f.SightingCount} evidence {f.Evidence.Count}: "
                    + string.Join(", ", f.Evidence.Select(e => $"{e.CaptureId} ({e.PixelX},{e.PixelY}) {e.Component} {e.MaxTemperatureCelsius:0.0}C u{e.UncertaintyMeters:0.0}"))))
                    + " truth: " + string.Join(", ", defect.Sightings.Select(s => $"{s.File} ({s.PixelX:0.0},{s.PixelY:0.0})")));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void FindingsCsvHasAHeaderAndOneRowPerFinding()
    {
        var lines = File.ReadAllText(Path.Combine(flight.OutputFolder, FindingsCsvWriter.FileName)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', FindingsCsvWriter.Columns), lines[0]);
        Assert.Equal(flight.Findings.Count, lines.Length - 1);
        Assert.All(flight.Findings, f => Assert.Contains(lines, l => l.StartsWith(f.Id + ",", StringComparison.Ordinal)));
    }
}
