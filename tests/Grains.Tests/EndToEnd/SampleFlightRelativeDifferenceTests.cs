using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Output;
using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Grains.Tests.EndToEnd;

/// <summary>Findings carry the DL/T 664 delta_t the analysis computed, in the grain state and in findings.geojson.</summary>
[Collection(SampleFlightCollection.Name)]
public sealed class SampleFlightRelativeDifferenceTests(SampleFlightFixture flight)
{
    [Fact]
    public void ConnectorRisingMoreThan10KCarriesItsRelativeDifferenceIntoTheGeoJson()
    {
        var defect = flight.Truth.Defects.Single(d => d.Id == "D-TH-02");
        var finding = NearestThermal(defect);

        // delta_t from a file stating its air temperature: (41 - 31) / (41 - 25) = 62.5 %; where a capture states none and
        // 20 C is assumed, (41 - 31) / (41 - 20) = 47.6 %: both in the DL/T "general" band [35, 80). The finding carries the
        // delta_t of the sighting that graded it, like its Tmax, reference and delta-T.
        var grading = Assert.Single(finding.Evidence, e => e.CaptureId == finding.GradingCaptureId);
        Assert.NotNull(finding.RelativeDifferencePercent);
        Assert.Equal(grading.RelativeDifferencePercent, finding.RelativeDifferencePercent);
        Assert.InRange(finding.RelativeDifferencePercent.Value, 35.0, 80.0);
        Assert.Contains(finding.Grades, g => g.Standard == "DL/T 664-2016" && g.Level == "general");
        Assert.Equal(Math.Round(finding.RelativeDifferencePercent.Value, 2), GeoJsonValue(finding.Id)!.Value, 6);
    }

    [Fact]
    public void ClampRisingLessThan10KHasNoRelativeDifference()
    {
        var finding = NearestThermal(flight.Truth.Defects.Single(d => d.Id == "D-TH-01"));

        Assert.Null(finding.RelativeDifferencePercent);
        Assert.Null(GeoJsonValue(finding.Id));
    }

    private Finding NearestThermal(GroundTruthDefect defect) =>
        flight.NearestThermalFinding(defect) ?? throw new InvalidOperationException("the flight has no thermal finding");

    private double? GeoJsonValue(string findingId)
    {
        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(flight.OutputFolder, FindingsGeoJsonWriter.FileName)));
        var properties = geo.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .Single(p => p.GetProperty("id").GetString() == findingId);
        var value = properties.GetProperty("relativeDifferencePercent");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
    }
}
