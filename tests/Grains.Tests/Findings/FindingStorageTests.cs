using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Storage;
using DroneInspect.Grains.Tests.Output;

namespace DroneInspect.Grains.Tests.Findings;

/// <summary>A finding's grades and grading sighting survive the grain storage's JSON; derived values are not stored.</summary>
public sealed class FindingStorageTests
{
    [Fact]
    public void GradesPerStandardAndTheGradingSightingRoundTripThroughGrainStorage()
    {
        var finding = FindingsGeoJsonWriterTests.Sample();

        var json = JsonSerializer.Serialize(finding, SqliteGrainStorage.Json);
        var back = JsonSerializer.Deserialize<Finding>(json, SqliteGrainStorage.Json)!;

        Assert.Equal(finding.Grades, back.Grades);
        Assert.Equal((finding.GradeStandard, finding.GradingCaptureId, finding.ReferenceSource, finding.AmbientTemperatureCelsius),
            (back.GradeStandard, back.GradingCaptureId, back.ReferenceSource, back.AmbientTemperatureCelsius));
        Assert.Equal(finding.Evidence[0].Grades, back.Evidence[0].Grades);
        Assert.Equal(finding.HeadlineSeverity, back.HeadlineSeverity);
        Assert.DoesNotContain("headlineGrade", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"severity\"", json, StringComparison.Ordinal);
    }
}
