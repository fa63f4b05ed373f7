using System.Text.Json.Nodes;
using DroneInspect.Vision.Thermal;
using DroneInspect.Vision.Thermal.Grading;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>The finder's parameters live in the rules file's "hotRegions" section.</summary>
public sealed class HotRegionRulesTests
{
    [Fact]
    public void ShippedRulesCarryTheFindersParametersAndTheAnalyzerUsesThem()
    {
        var regions = GradingRules.Default.RuleSet.HotRegions;

        Assert.NotNull(regions);
        Assert.Equal(HotRegionOptions.Default, regions);
        Assert.Same(regions, HotspotAnalysisOptions.Default.Regions);
    }

    [Fact]
    public void EditedSectionOverridesOnlyTheKeysItNames()
    {
        var json = JsonNode.Parse(GradingRules.Default.ToJson())!;
        json["hotRegions"] = new JsonObject { ["minDeltaKelvin"] = 4.0 };

        var rules = GradingRules.Parse(json.ToJsonString(), "edited.json");
        var options = HotspotAnalysisOptions.Default with { Rules = rules };

        Assert.Equal(4.0, options.Regions.MinDeltaKelvin);
        Assert.Equal(HotRegionOptions.Default.LevelFraction, options.Regions.LevelFraction);
        // A 3 K flat target passes the shipped 1.5 K floor but not the edited 4 K one.
        var map = new SyntheticMap(160, 120, 25f).Noise(0.2, seed: 1).Rect(70, 50, 77, 57, 28f).Build();
        Assert.Single(HotRegionFinder.Find(map));
        Assert.Empty(HotRegionFinder.Find(map, options.Regions));
    }

    [Theory]
    [InlineData("levelFraction", 1.5)]
    [InlineData("minDeltaKelvin", 0.0)]
    [InlineData("minBlockPixels", 0)]
    public void OutOfRangeParameterFailsToLoadNamingIt(string key, double value)
    {
        var json = JsonNode.Parse(GradingRules.Default.ToJson())!;
        json["hotRegions"]![key] = value;

        var ex = Assert.Throws<GradingRulesException>(() => GradingRules.Parse(json.ToJsonString(), "edited.json"));

        Assert.Contains($"hotRegions.{key}", ex.Message);
    }
}
