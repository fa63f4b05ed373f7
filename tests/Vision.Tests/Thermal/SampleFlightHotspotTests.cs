using DroneInspect.Ingestion.Thermal;
using DroneInspect.Synthetic.SideFiles;
using DroneInspect.Vision.Thermal;
using Xunit.Abstractions;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>Issue 4's thermal "done when": the analysis agrees with the sample flight's ground truth.</summary>
public sealed class SampleFlightHotspotTests(SampleFlightFixture flight, ITestOutputHelper output) : IClassFixture<SampleFlightFixture>
{
    private const double MatchRadiusPixels = 3.0;
    private const double TemperatureToleranceKelvin = 0.5;

    /// <summary>Every planted defect sits on the flight's asset network, so the other phases count as similar components.</summary>
    private static readonly HotspotAnalysisOptions OnNetwork = HotspotAnalysisOptions.Default with { OnNetworkEquipment = _ => true };

    [Fact]
    public void EveryPlantedHotspotIsFoundWithItsPeakAndGradedAsGroundTruthSays()
    {
        var thermal = flight.Truth.Defects.Where(d => d.TemperatureCelsius is not null).ToList();
        Assert.NotEmpty(thermal);
        var problems = new List<string>();
        int checkedSightings = 0;
        foreach (var defect in thermal)
        {
            Assert.NotEmpty(defect.Sightings);
            foreach (var sighting in defect.Sightings)
            {
                var (hotspots, _) = Analyze(sighting.File);
                var match = Nearest(hotspots, sighting);
                checkedSightings++;
                if (match is null)
                {
                    problems.Add($"{defect.Id} in {sighting.File}: no hot region within {MatchRadiusPixels} px of ({sighting.PixelX:0.#}, {sighting.PixelY:0.#})");
                    continue;
                }

                output.WriteLine($"{defect.Id} {sighting.File}: Tmax {match.Region.MaxTemperatureCelsius:0.00} ref {match.ReferenceTemperatureCelsius:0.00} ({match.ReferenceSource}) {string.Join(", ", match.Grades.Select(g => g.Standard + "=" + g.Level))}");
                problems.AddRange(Compare(defect, sighting, match));
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {checkedSightings} sightings disagree:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void NoHotspotIsReportedAwayFromThePlantedOnes()
    {
        var planted = flight.Truth.Defects.Where(d => d.TemperatureCelsius is not null)
            .SelectMany(d => d.Sightings).ToLookup(s => s.File);
        var extras = new List<string>();
        foreach (var capture in flight.Truth.Captures.Where(c => c.Kind == "thermal"))
        {
            var (hotspots, _) = Analyze(capture.File);
            foreach (var hotspot in hotspots)
            {
                bool isPlanted = planted[capture.File].Any(s => Distance(hotspot.Region, s) <= MatchRadiusPixels);
                if (!isPlanted)
                {
                    extras.Add($"{capture.File}: ({hotspot.Region.MaxX}, {hotspot.Region.MaxY}) Tmax {hotspot.Region.MaxTemperatureCelsius:0.0} C, reference {hotspot.ReferenceTemperatureCelsius:0.0} C ({hotspot.ReferenceSource})");
                }
            }
        }

        Assert.True(extras.Count == 0, "hotspots where none was planted:\n" + string.Join("\n", extras));
    }

    [Fact]
    public void WithADetectedComponentAtTheSightingTheHotspotIsAttributedToItAndGradedByItsKind()
    {
        var problems = new List<string>();
        foreach (var defect in flight.Truth.Defects.Where(d => d.TemperatureCelsius is not null))
        {
            foreach (var sighting in defect.Sightings)
            {
                var image = ThermalDecoder.Decode(flight.FilePath(sighting.File));
                double ambient = image.Parameters?.AtmosphericTemperatureCelsius ?? flight.Truth.AmbientTemperatureCelsius;
                var box = new PixelBox((float)sighting.PixelX - 4, (float)sighting.PixelY - 4, (float)sighting.PixelX + 5, (float)sighting.PixelY + 5);
                var component = new ThermalComponent(box, defect.Component);
                var hotspots = HotspotAnalyzer.Analyze(image.Map, ambient, [component], OnNetwork);
                var match = Nearest(hotspots, sighting);
                if (match is null || HotspotAttribution.FindHostIndex(match.Region, [box]) != 0)
                {
                    problems.Add($"{defect.Id} in {sighting.File}: not attributed to the {defect.Component} at the sighting");
                    continue;
                }

                problems.AddRange(Compare(defect, sighting, match));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private IEnumerable<string> Compare(GroundTruthDefect defect, GroundTruthSighting sighting, GradedHotspot match)
    {
        string where = $"{defect.Id} in {sighting.File}";
        if (Math.Abs(match.Region.MaxTemperatureCelsius - defect.TemperatureCelsius!.Value) > TemperatureToleranceKelvin)
        {
            yield return $"{where}: Tmax {match.Region.MaxTemperatureCelsius:0.00} C, ground truth {defect.TemperatureCelsius:0.00} C";
        }

        var expected = defect.ExpectedGrade!;
        string similar = LevelOf(match, "NETA-MTS-100.18-similar");
        string ambient = LevelOf(match, "NETA-MTS-100.18-ambient");
        string dlt = LevelOf(match, "DL/T 664-2016");
        if (similar != expected.NetaSimilar || ambient != expected.NetaAmbient || dlt != expected.Dlt664)
        {
            yield return $"{where}: graded {similar}/{ambient}/{dlt} with reference {match.ReferenceTemperatureCelsius:0.0} C ({match.ReferenceSource}); " +
                $"ground truth {expected.NetaSimilar}/{expected.NetaAmbient}/{expected.Dlt664} with reference {defect.ReferenceTemperatureCelsius:0.0} C";
        }
    }

    private (IReadOnlyList<GradedHotspot> Hotspots, double AmbientCelsius) Analyze(string file)
    {
        var image = ThermalDecoder.Decode(flight.FilePath(file));
        double ambient = image.Parameters?.AtmosphericTemperatureCelsius ?? flight.Truth.AmbientTemperatureCelsius;
        return (HotspotAnalyzer.Analyze(image.Map, ambient, [], OnNetwork), ambient);
    }

    private static GradedHotspot? Nearest(IReadOnlyList<GradedHotspot> hotspots, GroundTruthSighting sighting) =>
        hotspots.Where(h => Distance(h.Region, sighting) <= MatchRadiusPixels)
            .OrderBy(h => Distance(h.Region, sighting))
            .FirstOrDefault();

    /// <summary>Zero when the sighting pixel lies in the region's box, else the distance to the box.</summary>
    private static double Distance(HotRegion region, GroundTruthSighting sighting)
    {
        var box = region.Box;
        double dx = Math.Max(0, Math.Max(box.X1 - (sighting.PixelX + 0.5), (sighting.PixelX + 0.5) - box.X2));
        double dy = Math.Max(0, Math.Max(box.Y1 - (sighting.PixelY + 0.5), (sighting.PixelY + 0.5) - box.Y2));
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>The grade's level, or "none" when the standard gave no grade (e.g. no similar component).</summary>
    private static string LevelOf(GradedHotspot hotspot, string standard) =>
        hotspot.Grades.FirstOrDefault(g => g.Standard == standard)?.Level ?? "(not graded)";
}
