using DroneInspect.Grains.Pipeline;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Tests.Pipeline;

public sealed class GradeSeverityTests
{
    [Theory]
    [InlineData("critical", "serious")]
    [InlineData("serious", "general")]
    [InlineData("major discrepancy", "probable deficiency")]
    [InlineData("probable deficiency", "possible deficiency")]
    [InlineData("general", "something-new")]
    [InlineData("something-new", GradeSeverity.Ungraded)]
    public void LevelsRankAcrossStandards(string worse, string better)
        => Assert.True(GradeSeverity.Rank(worse) > GradeSeverity.Rank(better), $"{worse} should outrank {better}");

    [Fact]
    public void WorstOfSeveralGradesIsChosen()
    {
        var worst = GradeSeverity.Worst(
        [
            new ThermalGrade("NETA", "possible deficiency", "neta-1", "100.18"),
            new ThermalGrade("DL/T 664", "critical", "dlt-critical", "appendix"),
            new ThermalGrade("DL/T 664", "general", "dlt-general", "appendix"),
        ]);

        Assert.Equal("dlt-critical", worst?.RuleId);
        Assert.Null(GradeSeverity.Worst([]));
    }
}
