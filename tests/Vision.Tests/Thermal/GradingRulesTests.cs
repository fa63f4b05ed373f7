using DroneInspect.Vision.Thermal;
using DroneInspect.Vision.Thermal.Grading;

namespace DroneInspect.Vision.Tests.Thermal;

public sealed class GradingRulesTests
{
    private static readonly GradingRules Rules = GradingRules.Default;

    [Theory]
    [InlineData(0.99, "none")]
    [InlineData(1.0, "possible-deficiency")]
    [InlineData(3.99, "possible-deficiency")]
    [InlineData(4.0, "probable-deficiency")]
    [InlineData(15.0, "probable-deficiency")]
    [InlineData(15.01, "major-discrepancy")]
    public void SimilarComponentDeltaIsGradedOnNetaSimilarScale(double deltaKelvin, string expected)
    {
        var grades = Rules.Grade(new GradingInput("connector", deltaKelvin, null, null, null));

        var grade = Assert.Single(grades);
        Assert.Equal("NETA-MTS-100.18-similar", grade.Standard);
        Assert.Equal(expected, grade.Level);
    }

    [Theory]
    [InlineData(0.99, "none")]
    [InlineData(1.0, "possible-deficiency")]
    [InlineData(10.99, "possible-deficiency")]
    [InlineData(11.0, "probable-deficiency")]
    [InlineData(20.99, "probable-deficiency")]
    [InlineData(21.0, "monitor")]
    [InlineData(40.0, "monitor")]
    [InlineData(40.01, "major-discrepancy")]
    public void RiseOverAmbientIsGradedOnNetaAmbientScaleOnly(double riseKelvin, string expected)
    {
        var grades = Rules.Grade(new GradingInput("connector", null, riseKelvin, null, null));

        var grade = Assert.Single(grades);
        Assert.Equal("NETA-MTS-100.18-ambient", grade.Standard);
        Assert.Equal(expected, grade.Level);
    }

    [Theory]
    [InlineData("clamp", 80.0, null, "normal")]
    [InlineData("clamp", 80.01, null, "serious")]
    [InlineData("clamp", 110.0, null, "serious")]
    [InlineData("clamp", 110.01, null, "critical")]
    [InlineData("connector", 50.0, 34.9, "normal")]
    [InlineData("connector", 50.0, 35.0, "general")]
    [InlineData("connector", 50.0, 79.9, "general")]
    [InlineData("connector", 50.0, 80.0, "serious")]
    [InlineData("connector", 50.0, 94.9, "serious")]
    [InlineData("connector", 50.0, 95.0, "critical")]
    [InlineData("conductor", 111.0, 40.0, "critical")]
    [InlineData("insulator", 85.0, null, "serious")]
    [InlineData("bushing", 60.0, null, "serious")]
    public void DlT664MetalConnectionsUseTemperatureOrRelativeDifference(string kind, double hotCelsius, double? deltaPercent, string expected)
    {
        var grades = Rules.Grade(new GradingInput(kind, null, null, hotCelsius, deltaPercent));

        var grade = Assert.Single(grades);
        Assert.Equal("DL/T 664-2016", grade.Standard);
        Assert.Equal(expected, grade.Level);
    }

    [Fact]
    public void DlT664RowsAreMarkedForVerificationAndNetaRowsAreNot()
    {
        var standards = Rules.RuleSet.Standards.ToDictionary(s => s.Standard);

        Assert.All(standards["DL/T 664-2016"].Rules, r => Assert.False(r.Verified));
        Assert.All(standards["NETA-MTS-100.18-similar"].Rules, r => Assert.True(r.Verified));
        Assert.All(Rules.RuleSet.Standards.SelectMany(s => s.Rules), r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.Contains(standards["DL/T 664-2016"].Rules, r => r.EquipmentKinds.Contains("bushing"));
    }

    [Fact]
    public void GradeCarriesRuleIdAndCitation()
    {
        var grade = Assert.Single(Rules.Grade(new GradingInput("clamp", null, 30.0, null, null)));

        Assert.Equal(new ThermalGrade("NETA-MTS-100.18-ambient", "monitor", "neta-ambient-monitor", grade.Citation), grade);
        Assert.Contains("100.18", grade.Citation);
    }

    [Fact]
    public void RulesRoundTripThroughJsonAndFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"grading-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, Rules.ToJson());
            var loaded = GradingRules.LoadOrDefault(path);

            Assert.Equal(Rules.ToJson(), loaded.ToJson());
            var input = new GradingInput("clamp", 5.0, 25.0, 90.0, 82.0);
            Assert.Equal(Rules.Grade(input), loaded.Grade(input));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EditedThresholdChangesTheGrade()
    {
        string json = Rules.ToJson().Replace("\"max\": 4,", "\"max\": 5,").Replace("\"min\": 4,", "\"min\": 5,");

        var edited = GradingRules.Parse(json);

        Assert.Equal("possible-deficiency", Assert.Single(edited.Grade(new GradingInput("clamp", 4.5, null, null, null))).Level);
    }

    [Fact]
    public void MalformedJsonIsAClearError()
    {
        var ex = Assert.Throws<GradingRulesException>(() => GradingRules.Parse("{ \"version\": 1, \"standards\": [ {", "edited.json"));

        Assert.Contains("edited.json", ex.Message);
    }

    [Fact]
    public void UnknownScaleNamesTheRow()
    {
        string json = Rules.ToJson().Replace("\"scale\": \"rise-over-ambient-kelvin\"", "\"scale\": \"rise-over-ambient-fahrenheit\"");

        var ex = Assert.Throws<GradingRulesException>(() => GradingRules.Parse(json));

        Assert.Contains("neta-ambient-none", ex.Message);
        Assert.Contains("rise-over-ambient-fahrenheit", ex.Message);
    }

    [Fact]
    public void OverlappingThresholdsNameBothRows()
    {
        string json = Rules.ToJson().Replace("\"max\": 11,", "\"max\": 12,");

        var ex = Assert.Throws<GradingRulesException>(() => GradingRules.Parse(json));

        Assert.Contains("neta-ambient-probable", ex.Message);
        Assert.Contains("neta-ambient-possible", ex.Message);
    }

    [Fact]
    public void LevelOutsideTheStandardNamesTheRow()
    {
        string json = Rules.ToJson().Replace("\"level\": \"monitor\"", "\"level\": \"watch\"");

        var ex = Assert.Throws<GradingRulesException>(() => GradingRules.Parse(json));

        Assert.Contains("neta-ambient-monitor", ex.Message);
    }

    [Fact]
    public void RowWithoutAScaleIsAClearError()
    {
        string json = Rules.ToJson().Replace("\"scale\": \"rise-over-ambient-kelvin\",", string.Empty);

        var ex = Assert.Throws<GradingRulesException>(() => GradingRules.Parse(json, "edited.json"));

        Assert.Contains("edited.json", ex.Message);
        Assert.Contains("rules[0]", ex.Message);
    }

    [Fact]
    public void MissingFileIsAnIoError()
    {
        Assert.Throws<FileNotFoundException>(() => GradingRules.Load(Path.Combine(Path.GetTempPath(), "no-such-rules.json")));
    }
}
