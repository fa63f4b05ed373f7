using DroneInspect.Vision.Thermal;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>Evenly hot (flat-topped) targets are judged against their surroundings, not their own interior.</summary>
public sealed class FlatTargetTests
{
    [Theory]
    [InlineData(2f)]
    [InlineData(3f)]
    [InlineData(5f)]
    public void CompactFlatTopTargetAboveItsSurroundingsIsFound(float riseKelvin)
    {
        var map = new SyntheticMap(320, 256, 25f).Noise(0.2, seed: 21).Rect(150, 120, 157, 127, 25f + riseKelvin).Build();

        var region = Assert.Single(HotRegionFinder.Find(map));

        Assert.Equal(25f + riseKelvin, (float)region.MaxTemperatureCelsius);
        Assert.InRange(region.MaxX, 150, 156);
        Assert.InRange(region.MaxY, 120, 126);
        Assert.InRange(region.AreaPixels, 49, 64);
        Assert.False(region.IsPartial);
    }

    [Fact]
    public void ThresholdFollowsTheScenesNoise()
    {
        // With 3 K of noise a 2 K target is not distinguishable, and nothing is reported; a 20 K one still is.
        var noisy = new SyntheticMap(320, 256, 25f).Noise(3.0, seed: 8);

        Assert.Empty(HotRegionFinder.Find(noisy.Build()));
        Assert.Empty(HotRegionFinder.Find(new SyntheticMap(320, 256, 25f).Noise(3.0, seed: 8).Rect(150, 120, 157, 127, 27f).Build()));
        var strong = Assert.Single(HotRegionFinder.Find(noisy.Rect(150, 120, 160, 130, 45f).Build()));
        Assert.Equal(45f, (float)strong.MaxTemperatureCelsius);
        var scan = HotRegionFinder.Scan(noisy.Build());
        Assert.InRange(scan.NoiseSigma, 1.2, 2.2); // uniform +-3 K noise has sigma 1.73 K
        Assert.True(scan.MinDelta > 4, $"minimum rise {scan.MinDelta:0.00}");
    }

    [Fact]
    public void UniformSceneAndSceneWithOnlyNoiseGiveNone()
    {
        Assert.Empty(HotRegionFinder.Find(new SyntheticMap(320, 256, 31f).Build()));
        Assert.Empty(HotRegionFinder.Find(new SyntheticMap(320, 256, 31f).Noise(0.5, seed: 13).Build()));
        Assert.Empty(HotRegionFinder.Find(new SyntheticMap(320, 256, 31f).Noise(0.05, seed: 14).Build()));
    }

    [Fact]
    public void TargetOnTheFrameEdgeIsKeptAndFlaggedPartial()
    {
        var map = new SyntheticMap(320, 256, 25f).Noise(0.2, seed: 5).Rect(0, 100, 6, 110, 33f).Build();

        var region = Assert.Single(HotRegionFinder.Find(map));

        Assert.True(region.IsPartial);
        Assert.Equal(0f, region.Box.X1);
    }

    [Fact]
    public void TargetSmallerThanTheOpticsResolveIsNotReported()
    {
        var map = new SyntheticMap(320, 256, 25f).Noise(0.2, seed: 6).Rect(100, 100, 102, 102, 40f).Rect(200, 100, 201, 140, 40f).Build();

        Assert.Empty(HotRegionFinder.Find(map));
    }

    [Fact]
    public void HotTerminalOnAWarmBushingIsTheRegionNotTheBushing()
    {
        // A bushing 30 K above a cold sky, its terminal 20 K above the bushing.
        var map = new SyntheticMap(320, 256, 10f).Noise(0.2, seed: 9).Rect(100, 80, 130, 140, 40f).Rect(112, 82, 118, 88, 60f).Build();

        var region = Assert.Single(HotRegionFinder.Find(map));

        Assert.Equal(60f, (float)region.MaxTemperatureCelsius);
        Assert.True(region.Box.X1 >= 110 && region.Box.X2 <= 120 && region.Box.Y1 >= 80 && region.Box.Y2 <= 90, $"box {region.Box}");
    }

    [Fact]
    public void EvenlyHotCompactBodyOnAColdSkyIsOneRegion()
    {
        var map = new SyntheticMap(320, 256, -5f).Noise(0.2, seed: 10).Rect(100, 80, 130, 110, 40f).Build();

        var region = Assert.Single(HotRegionFinder.Find(map));

        Assert.InRange(region.AreaPixels, 900, 1000);
    }
}
