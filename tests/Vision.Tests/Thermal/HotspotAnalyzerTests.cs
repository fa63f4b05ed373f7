using DroneInspect.Vision.Thermal;

namespace DroneInspect.Vision.Tests.Thermal;

public sealed class HotspotAnalyzerTests
{
    private const double AmbientCelsius = 25.0;
    private const string NetaSimilar = "NETA-MTS-100.18-similar";
    private const string NetaAmbient = "NETA-MTS-100.18-ambient";
    private const string DlT664 = "DL/T 664-2016";

    [Fact]
    public void HotspotOnComponentStripTakesTheStripAsSurroundings()
    {
        var map = HotRegionFinderTests.SkyGroundStrip().Blob(300, 206, 20f, 2.5).Build();

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, []));

        Assert.Equal(map[300, 206], (float)hotspot.Region.MaxTemperatureCelsius);
        Assert.Equal(ReferenceSources.Surroundings, hotspot.ReferenceSource);
        Assert.InRange(hotspot.ReferenceTemperatureCelsius, 27.5, 28.5);
        Assert.Equal(hotspot.Region.MaxTemperatureCelsius - hotspot.ReferenceTemperatureCelsius, hotspot.DeltaTKelvin, 9);
        Assert.Equal(hotspot.Region.MaxTemperatureCelsius - AmbientCelsius, hotspot.RiseOverAmbientKelvin, 9);
        Assert.DoesNotContain(hotspot.Grades, g => g.Standard == NetaSimilar);
        Assert.Equal("monitor", Level(hotspot, NetaAmbient));

        // DL/T 664's delta_t needs the normal corresponding point (a similar component); the strip the hot spot sits on
        // is not one, so DL/T 664 judges by the hot spot's temperature alone (about 48 C: normal).
        Assert.Null(hotspot.RelativeDifferencePercent);
        Assert.Equal("normal", Level(hotspot, DlT664));
        Assert.False(hotspot.IsRelativeOnly);
    }

    [Fact]
    public void SimilarComponentGivesTheSimilarScaleAndTheAmbientScaleAsSecondGrade()
    {
        var map = new SyntheticMap(320, 256, 25f).Noise(0.9, seed: 5)
            .Rect(100, 100, 130, 120, 30f)
            .Rect(200, 100, 230, 120, 29f)
            .Blob(115, 110, 10f, 2.5)
            .Build();
        ThermalComponent[] clamps =
        [
            new(new PixelBox(98, 98, 132, 122), "clamp"),
            new(new PixelBox(198, 98, 232, 122), "clamp"),
        ];

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, clamps, HotspotAnalysisOptions.Default));

        Assert.Equal(ReferenceSources.SimilarComponent, hotspot.ReferenceSource);
        Assert.Equal(29.0, hotspot.ReferenceTemperatureCelsius, 6);
        Assert.Equal(40.0, hotspot.Region.MaxTemperatureCelsius, 6);
        Assert.Equal(11.0, hotspot.DeltaTKelvin, 6);
        Assert.Equal("probable-deficiency", Level(hotspot, NetaSimilar));
        Assert.Equal("probable-deficiency", Level(hotspot, NetaAmbient));
        Assert.Equal(11.0 / 15.0 * 100.0, hotspot.RelativeDifferencePercent!.Value, 6);
        Assert.Equal("general", Level(hotspot, DlT664));
    }

    [Fact]
    public void HotspotOnBareGroundIsComparedWithAmbientOnTheAmbientScaleOnly()
    {
        var map = new SyntheticMap(320, 256, 25f).Blob(160, 128, 12f, 2.5).Build();

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, []));

        Assert.Equal(ReferenceSources.Ambient, hotspot.ReferenceSource);
        Assert.Equal(AmbientCelsius, hotspot.ReferenceTemperatureCelsius);
        Assert.Null(hotspot.RelativeDifferencePercent);
        Assert.DoesNotContain(hotspot.Grades, g => g.Standard == NetaSimilar);
        Assert.Equal("probable-deficiency", Level(hotspot, NetaAmbient));
        Assert.Equal("normal", Level(hotspot, DlT664));
    }

    [Theory]
    [InlineData(3.5f, false)]
    [InlineData(7f, true)]
    public void RelativeDifferenceIsOnlyGivenFromTenKelvinRise(float amplitude, bool expectRelative)
    {
        // Two clamps (30 C and 29 C, air 25 C): the hot spot on the first rises 5 K + its amplitude over the air.
        var map = new SyntheticMap(320, 256, 25f).Noise(0.9, seed: 5)
            .Rect(100, 100, 130, 120, 30f)
            .Rect(200, 100, 230, 120, 29f)
            .Blob(115, 110, amplitude, 2.5)
            .Build();
        ThermalComponent[] clamps =
        [
            new(new PixelBox(98, 98, 132, 122), "clamp"),
            new(new PixelBox(198, 98, 232, 122), "clamp"),
        ];

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, clamps, HotspotAnalysisOptions.Default));

        Assert.Equal(ReferenceSources.SimilarComponent, hotspot.ReferenceSource);

        Assert.Equal(expectRelative, hotspot.RiseOverAmbientKelvin >= 10.0);
        Assert.Equal(expectRelative, hotspot.RelativeDifferencePercent.HasValue);
        if (expectRelative)
        {
            double expected = hotspot.DeltaTKelvin / hotspot.RiseOverAmbientKelvin * 100.0;
            Assert.Equal(expected, hotspot.RelativeDifferencePercent!.Value, 9);
        }
    }

    [Theory]
    [InlineData(55f, "serious")]
    [InlineData(85f, "critical")]
    public void HotspotOnClampIsGradedByDlT664Temperature(float amplitude, string expected)
    {
        var map = new SyntheticMap(320, 256, 25f).Rect(100, 100, 140, 120, 30f).Blob(120, 110, amplitude, 2.5).Build();
        ThermalComponent[] clamp = [new(new PixelBox(98, 98, 142, 122), "clamp")];

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, clamp, HotspotAnalysisOptions.Default));

        Assert.Equal(ReferenceSources.Surroundings, hotspot.ReferenceSource);
        Assert.Equal(expected, Level(hotspot, DlT664));
        Assert.Equal(30f + amplitude, (float)hotspot.Region.MaxTemperatureCelsius);
    }

    [Fact]
    public void CountsMapIsNotGradedInCelsius()
    {
        var map = new SyntheticMap(320, 256, 7000f).Noise(3, seed: 2)
            .Rect(50, 120, 270, 132, 7100f)
            .Blob(160, 126, 1500f, 2.5)
            .Build(isAbsolute: false);

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, []));

        Assert.True(hotspot.IsRelativeOnly);
        var grade = Assert.Single(hotspot.Grades);
        Assert.Equal(HotspotAnalyzer.RelativeOnly, grade.Standard);
        Assert.Equal(HotspotAnalyzer.RelativeOnly, grade.Level);
        Assert.True(double.IsNaN(hotspot.RiseOverAmbientKelvin));
        Assert.Null(hotspot.RelativeDifferencePercent);
        Assert.InRange(hotspot.DeltaTKelvin, 1490, 1510);
    }

    [Fact]
    public void UniformSceneHasNoHotspots()
    {
        var map = new SyntheticMap(320, 256, 25f).Noise(0.3, seed: 1).Build();

        Assert.Empty(HotspotAnalyzer.Analyze(map, AmbientCelsius, [new PixelBox(0, 0, 10, 10)]));
    }

    private static string Level(GradedHotspot hotspot, string standard) =>
        Assert.Single(hotspot.Grades, g => g.Standard == standard).Level;

    [Fact]
    public void HotspotWithNoDetectedComponentAndNoNetworkEquipmentIsNeverSimilarComponent()
    {
        // Three evenly spaced warm clamps (a row the phase finder would take for phases), one with a hot spot.
        var map = new SyntheticMap(320, 240, 24f).Noise(0.6, seed: 3)
            .Rect(127, 117, 133, 123, 31f).Rect(157, 117, 163, 123, 31f).Rect(187, 117, 193, 123, 31f)
            .Blob(160, 120, 10f, 2.0).Build();
        var offNetwork = HotspotAnalysisOptions.Default with { OnNetworkEquipment = _ => false };

        foreach (var hotspots in new[]
        {
            HotspotAnalyzer.Analyze(map, AmbientCelsius, []),
            HotspotAnalyzer.Analyze(map, AmbientCelsius, [], HotspotAnalysisOptions.Default),
            HotspotAnalyzer.Analyze(map, AmbientCelsius, [], offNetwork),
        })
        {
            Assert.Contains(hotspots, h => h.Region.MaxX == 160);
            Assert.All(hotspots, h => Assert.NotEqual(ReferenceSources.SimilarComponent, h.ReferenceSource));
            Assert.All(hotspots, h => Assert.DoesNotContain(h.Grades, g => g.Standard == NetaSimilar));
            Assert.All(hotspots, h => Assert.Equal(h.Region.MaxTemperatureCelsius - h.ReferenceTemperatureCelsius, h.DeltaTKelvin, 9));
        }
    }
}
