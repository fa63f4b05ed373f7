using DroneInspect.Vision.Thermal;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>A hot body is reported once, and every reported region stands above the reference it is reported with.</summary>
public sealed class OneBodyOneRegionTests
{
    [Fact]
    public void HotCoreAndASeparateHotPartOfOnePlateAreReportedButNotThePlatesFlank()
    {
        // A 24 C plate with a 40 C core and a 27 C bump in its corner, on a 20 C scene. The bump's ring lies half on the
        // scene, so its body grows over the whole plate up to the core: that body is the core's flank, never a region
        // of its own; the bump, 3 K above the plate and apart from the core, is.
        var map = new SyntheticMap(320, 256, 20f).Noise(0.2, seed: 31)
            .Rect(100, 100, 140, 140, 24f)
            .Rect(112, 112, 120, 120, 40f)
            .Rect(135, 135, 140, 140, 27f)
            .Build();

        var regions = HotRegionFinder.Find(map).OrderByDescending(r => r.MaxTemperatureCelsius).ToList();

        Assert.Equal(2, regions.Count);
        Assert.Equal(40f, (float)regions[0].MaxTemperatureCelsius);
        Assert.Equal(64, regions[0].AreaPixels);
        Assert.Equal(27f, (float)regions[1].MaxTemperatureCelsius);
        Assert.InRange(regions[1].AreaPixels, 9, 25);
    }

    [Fact]
    public void WarmSpeckBesideAWarmRoofIsGradedAgainstWhatItStandsAbove()
    {
        // A 24 C speck on 20 C ground, 4 px from a 35 C roof: the warm part of its ring is the roof, hotter than the
        // speck. The reference must be the ground it stands on, never a value above the speck.
        var map = new SyntheticMap(320, 256, 20f).Noise(0.2, seed: 32)
            .Rect(0, 0, 144, 256, 35f)
            .Rect(148, 120, 152, 124, 24f)
            .Build();

        var hotspots = HotspotAnalyzer.Analyze(map, 20.0, []);

        var speck = Assert.Single(hotspots, h => h.Region.MaxX is >= 148 and < 152);
        Assert.Equal(ReferenceSources.Surroundings, speck.ReferenceSource);
        Assert.InRange(speck.ReferenceTemperatureCelsius, 19.5, 20.5);
        Assert.All(hotspots, h => Assert.True(h.DeltaTKelvin >= 1.5, $"delta-T {h.DeltaTKelvin:0.00} K at ({h.Region.MaxX}, {h.Region.MaxY})"));
    }

    [Fact]
    public void CoolSpotBelowAmbientIsNotGradedAgainstTheWarmerAir()
    {
        // Air 25 C over a 10 C river with a 14 C spot on it: the spot stands 4 K above the river, not 11 K below the air.
        var map = new SyntheticMap(320, 256, 10f).Noise(0.2, seed: 33).Rect(150, 120, 156, 126, 14f).Build();

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, 25.0, []));

        Assert.True(hotspot.DeltaTKelvin >= 1.5, $"delta-T {hotspot.DeltaTKelvin:0.00} K against {hotspot.ReferenceSource} {hotspot.ReferenceTemperatureCelsius:0.00} C");
    }

    [Fact]
    public void WarmPatchInTexturedGroundIsClutterButTheSameRiseOnSmoothGroundIsAHotSpot()
    {
        // Quiet 25 C scene; one area textured like sunlit grass (+-2 K pixel to pixel). A 5 x 5 patch 4 K warm lies in the
        // grass and another on the smooth part: only the second rises above its ring's texture as well as its level.
        var map = new SyntheticMap(320, 256, 25f).Noise(0.1, seed: 34)
            .NoiseIn(40, 40, 160, 200, 2.0, seed: 35)
            .Rect(98, 118, 103, 123, 29f)
            .Rect(238, 118, 243, 123, 29f)
            .Build();

        var region = Assert.Single(HotRegionFinder.Find(map));
        Assert.InRange(region.MaxX, 238, 242);

        var withoutClutterCheck = HotRegionFinder.Find(map, HotRegionOptions.Default with { ClutterFactor = 0 });
        Assert.Contains(withoutClutterCheck, r => r.MaxX is >= 98 and < 103);
    }
}
