using DroneInspect.Vision.Thermal;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>Issue 11: a file's ambient is checked against the scene, and DL/T 664's delta_t stays honest.</summary>
public sealed class AmbientAirTests
{
    [Fact]
    public void FileAmbientOf40COverA31CSceneIsFlaggedAndNoDeltaTExceeds100Percent()
    {
        // Two clamps of one kind at 35 C in a 31 C scene; one carries a 70 C hot spot.
        var map = new SyntheticMap(320, 256, 31f).Noise(0.3, seed: 17)
            .Rect(100, 100, 120, 120, 35f).Rect(200, 100, 220, 120, 35f).Rect(107, 107, 113, 113, 70f).Build();
        ThermalComponent[] clamps = [new(new PixelBox(98, 98, 122, 122), "clamp"), new(new PixelBox(198, 98, 222, 122), "clamp")];

        var ambient = AmbientAir.Choose(map, 40.0, AmbientAir.FromFile, 20.0);
        var hotspots = HotspotAnalyzer.Analyze(map, ambient, clamps, HotspotAnalysisOptions.Default);

        Assert.Equal(AmbientAir.FromScene, ambient.Source);
        Assert.InRange(ambient.TemperatureCelsius, 30.0, 31.0);
        Assert.Contains("40.0 C", ambient.Note);
        Assert.Contains("median", ambient.Note);
        var hot = Assert.Single(hotspots, h => h.Region.MaxTemperatureCelsius >= 69);
        Assert.Equal(ReferenceSources.SimilarComponent, hot.ReferenceSource);
        Assert.NotNull(hot.RelativeDifferencePercent);
        Assert.All(hotspots, h => Assert.True(h.RelativeDifferencePercent is null or <= 100, $"delta_t {h.RelativeDifferencePercent}"));
        Assert.All(hotspots, h => Assert.Equal(AmbientAir.FromScene, h.AmbientSource));
        Assert.All(hotspots, h => Assert.StartsWith("ambient: ", h.Notes[0], StringComparison.Ordinal));
        // The stated air, used blindly, would have given 117 %: the check is what keeps it out.
        Assert.True(HotspotAnalyzer.RelativeDifferencePercent(70, 35, 40, ReferenceSources.SimilarComponent) > 100);
    }

    [Fact]
    public void PlausibleFileAmbientIsUsedAsStated()
    {
        var map = new SyntheticMap(64, 64, 31f).Noise(0.3, seed: 2).Build();

        var ambient = AmbientAir.Choose(map, 27.5, AmbientAir.FromFile, 20.0);

        Assert.Equal(new AmbientChoice(27.5, AmbientAir.FromFile, null), ambient);
    }

    [Fact]
    public void FileAmbientSlightlyAboveTheSceneMedianIsUsedButNeverSilently()
    {
        var map = new SyntheticMap(64, 64, 23f).Noise(0.3, seed: 5).Build();

        var ambient = AmbientAir.Choose(map, 25.0, AmbientAir.FromFile, 20.0);

        Assert.Equal(AmbientAir.FromFile, ambient.Source);
        Assert.Equal(25.0, ambient.TemperatureCelsius);
        Assert.NotNull(ambient.Note);
        Assert.Contains("above the scene's median", ambient.Note);
        Assert.EndsWith("used", ambient.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AmbientOutsideThePlausibleRangeIsReplacedAndSaysWhy()
    {
        var map = new SyntheticMap(64, 64, 12f).Noise(0.3, seed: 3).Build();

        var ambient = AmbientAir.Choose(map, -60.0, AmbientAir.FromFile, 20.0);

        Assert.Equal(AmbientAir.FromScene, ambient.Source);
        Assert.InRange(ambient.TemperatureCelsius, 11.0, 12.0);
        Assert.Contains("-40.0..60.0", ambient.Note);
    }

    [Fact]
    public void AssumedDefaultIsCheckedToo()
    {
        var winter = new SyntheticMap(64, 64, -5f).Noise(0.3, seed: 4).Build();

        var ambient = AmbientAir.Choose(winter, null, AmbientAir.FromFile, 20.0);

        Assert.Equal(AmbientAir.FromScene, ambient.Source);
        Assert.True(ambient.TemperatureCelsius < -4, $"{ambient.TemperatureCelsius}");
        Assert.Contains("assumed", ambient.Note);
    }

    [Fact]
    public void SuspectAmbientTheUserGaveIsKeptButFlagged()
    {
        var map = new SyntheticMap(64, 64, 31f).Build();

        var ambient = AmbientAir.Choose(map, 40.0, AmbientAir.FromOption, 20.0);

        Assert.Equal(40.0, ambient.TemperatureCelsius);
        Assert.Equal(AmbientAir.FromOption, ambient.Source);
        Assert.Contains("kept because it was given", ambient.Note);
    }

    [Fact]
    public void DeltaTOver100PercentOnlyWithAReferenceBelowAmbientAndThenItSaysSo()
    {
        double? over = HotspotAnalyzer.RelativeDifferencePercent(70, 35, 40, ReferenceSources.SimilarComponent);
        double? under = HotspotAnalyzer.RelativeDifferencePercent(70, 45, 40, ReferenceSources.SimilarComponent);

        Assert.True(over > 100);
        Assert.Contains("below ambient", HotspotAnalyzer.ReferenceBelowAmbientNote(35, 40, over));
        Assert.True(under <= 100);
        Assert.Null(HotspotAnalyzer.ReferenceBelowAmbientNote(45, 40, under));
    }
}
