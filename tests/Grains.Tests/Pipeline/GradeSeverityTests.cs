using System.Text.Json.Nodes;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Vision.Thermal;
using DroneInspect.Vision.Thermal.Grading;
using static DroneInspect.Grains.Tests.Findings.TestGrades;

namespace DroneInspect.Grains.Tests.Pipeline;

public sealed class GradeSeverityTests
{
    [Fact]
    public void OverAmbientMonitorRanksAboveProbableAsTheRulesFileListsIt()
    {
        var monitor = Thermal(NetaAmbient, "monitor");
        var probable = Thermal(NetaAmbient, "probable-deficiency");

        Assert.True(monitor.Rank > probable.Rank, $"monitor {monitor.Rank} should outrank probable {probable.Rank}");
        Assert.Same(monitor, GradeSeverity.Worst([probable, monitor]));
        Assert.Same(monitor, GradeSeverity.Worst([monitor, probable]));
    }

    [Fact]
    public void EveryLevelRanksByItsPlaceInItsStandardsList()
    {
        var rules = GradingRules.Default;
        foreach (var standard in rules.RuleSet.Standards)
        {
            for (var i = 0; i < standard.Levels.Count; i++)
            {
                Assert.Equal(i, rules.SeverityOf(standard.Standard, standard.Levels[i]));
                Assert.Equal(i, rules.SeverityOf(standard.Id, standard.Levels[i]));
            }

            Assert.Equal(standard.Levels, rules.LevelsOf(standard.Standard));
        }

        Assert.Equal(-1, rules.SeverityOf(NetaAmbient, "relative-only"));
        Assert.Equal(-1, rules.SeverityOf("no-such-standard", "monitor"));
        Assert.Empty(rules.LevelsOf("no-such-standard"));
    }

    /// <summary>A utility that lists its levels the other way round gets the other order: order is data, not names.</summary>
    [Fact]
    public void AnEditedLevelOrderChangesTheRanking()
    {
        var json = JsonNode.Parse(GradingRules.Default.ToJson())!;
        var ambient = json["standards"]!.AsArray().Single(s => (string?)s!["id"] == "neta-ambient")!;
        var levels = ambient["levels"]!.AsArray().Select(l => (string)l!).ToList();
        var probable = levels.IndexOf("probable-deficiency");
        var monitor = levels.IndexOf("monitor");
        (levels[probable], levels[monitor]) = (levels[monitor], levels[probable]);
        ambient["levels"] = new JsonArray([.. levels.Select(l => JsonValue.Create(l))]);

        var edited = GradingRules.Parse(json.ToJsonString(), "edited");

        Assert.True(edited.SeverityOf(NetaAmbient, "probable-deficiency") > edited.SeverityOf(NetaAmbient, "monitor"));
        var worst = GradeSeverity.Worst(
        [
            GradeSeverity.Of(new ThermalGrade(NetaAmbient, "monitor", "m", "c"), edited),
            GradeSeverity.Of(new ThermalGrade(NetaAmbient, "probable-deficiency", "p", "c"), edited),
        ]);
        Assert.Equal("probable-deficiency", worst?.Level);
    }

    [Theory]
    [InlineData(NetaAmbient, "probable-deficiency", DlT664, "general")] // 2/4 over 1/3
    [InlineData(NetaAmbient, "monitor", DlT664, "serious")] // 3/4 over 2/3
    [InlineData(DlT664, "critical", NetaAmbient, "monitor")] // 1 over 3/4
    [InlineData(NetaSimilar, "possible-deficiency", NetaAmbient, "possible-deficiency")] // 1/3 over 1/4
    public void AcrossStandardsTheHigherPlaceOnItsOwnScaleWins(string worseStandard, string worseLevel, string betterStandard, string betterLevel)
    {
        var worse = Thermal(worseStandard, worseLevel);
        var better = Thermal(betterStandard, betterLevel);

        Assert.Same(worse, GradeSeverity.Worst([better, worse]));
        Assert.Same(worse, GradeSeverity.Worst([worse, better]));
    }

    [Fact]
    public void UnrankedGradesSortBelowEveryRankedOne()
    {
        var relativeOnly = GradeSeverity.Of(new ThermalGrade("relative-only", "relative-only", "relative-only", "counts"), GradingRules.Default);
        var none = Thermal(NetaAmbient, "none");

        Assert.Null(relativeOnly.Severity);
        Assert.Equal(0, none.Severity);
        Assert.Same(none, GradeSeverity.Worst([relativeOnly, none]));
        Assert.Null(GradeSeverity.Worst([]));
    }

    [Fact]
    public void WorstPerStandardKeepsTheHighestRankOnEachScale()
    {
        var worst = GradeSeverity.WorstPerStandard(
        [
            Thermal(NetaAmbient, "monitor"), Thermal(DlT664, "general"),
            Thermal(NetaAmbient, "probable-deficiency"), Thermal(DlT664, "serious"), Thermal(NetaAmbient, "possible-deficiency"),
        ]);

        Assert.Equal([(NetaAmbient, "monitor"), (DlT664, "serious")], worst.Select(g => (g.Standard, g.Level)));
    }

    [Fact]
    public void VisualGradesHaveAnOrderAsDataInStepWithDlT664()
    {
        var serious = VisualDefects.Default.StandardGradeOf("missing-disc");
        var general = VisualDefects.Default.StandardGradeOf("bird-nest");

        Assert.Equal((VisualDefects.Standard, "serious"), (serious.Standard, serious.Level));
        Assert.True(serious.Rank > general.Rank);
        Assert.Equal(Thermal(DlT664, "serious").Severity, serious.Severity);
        Assert.Equal(Thermal(DlT664, "general").Severity, general.Severity);
        Assert.Throws<ArgumentException>(() => new VisualDefects(["bird-nest"], [new("bird-nest", "urgent")]));
    }

    [Fact]
    public void AGradeIsDescribedWithItsStandard()
    {
        Assert.Equal("monitor (NETA-MTS-100.18-ambient)", Thermal(NetaAmbient, "monitor").Describe());
        Assert.Equal("relative-only", new StandardGrade("relative-only", "relative-only", null, null, -1, 0).Describe());
    }
}
