using System.Diagnostics;
using DroneInspect.Vision.Thermal;
using Xunit.Abstractions;

namespace DroneInspect.Vision.Tests.Thermal;

public sealed class HotRegionFinderTests(ITestOutputHelper output)
{
    private const int Width = 640;
    private const int Height = 512;

    [Fact]
    public void UniformSceneYieldsNoRegion()
    {
        var map = new SyntheticMap(Width, Height, 25f).Build();

        Assert.Empty(HotRegionFinder.Find(map));
    }

    [Fact]
    public void NoisyUniformSceneYieldsNoRegion()
    {
        var map = new SyntheticMap(Width, Height, 25f).Noise(0.3, seed: 7).Build();

        Assert.Empty(HotRegionFinder.Find(map));
    }

    [Fact]
    public void SkyGroundAndComponentsWithoutHotspotYieldNoRegion()
    {
        var map = SkyGroundStrip().Build();

        Assert.Empty(HotRegionFinder.Find(map));
    }

    [Fact]
    public void PlantedBlobOnComponentIsFoundWithExactMaximum()
    {
        var builder = SkyGroundStrip().Blob(300, 206, 20f, 2.5);
        var map = builder.Build();

        var region = Assert.Single(HotRegionFinder.Find(map));

        Assert.Equal(300, region.MaxX);
        Assert.Equal(206, region.MaxY);
        Assert.Equal(map[300, 206], (float)region.MaxTemperatureCelsius);
        Assert.True(region.AreaPixels >= 25, $"area {region.AreaPixels}");
        Assert.True(region.Box.X1 <= 300 && region.Box.X2 > 300 && region.Box.Y1 <= 206 && region.Box.Y2 > 206);
        Assert.InRange(region.MeanTemperatureCelsius, 28.0, region.MaxTemperatureCelsius);
    }

    [Fact]
    public void TwoSeparateBlobsAreTwoRegions()
    {
        var map = SkyGroundStrip().Blob(200, 206, 15f, 2.5).Blob(420, 206, 25f, 2.5).Build();

        var regions = HotRegionFinder.Find(map).OrderBy(r => r.MaxX).ToList();

        Assert.Equal(2, regions.Count);
        Assert.Equal(200, regions[0].MaxX);
        Assert.Equal(420, regions[1].MaxX);
    }

    [Fact]
    public void NoisyFullSizeSceneYieldsOnlyThePlantedBlob()
    {
        var map = SkyGroundStrip().Blob(300, 206, 20f, 2.5).Noise(0.3, seed: 3).Build();
        HotRegionFinder.Scan(map);

        var watch = Stopwatch.StartNew();
        const int Runs = 20;
        for (int i = 0; i < Runs; i++)
        {
            Assert.Single(HotRegionFinder.Scan(map).Regions);
        }

        output.WriteLine($"640x512 scan: {watch.Elapsed.TotalMilliseconds / Runs:F2} ms");
    }

    [Fact]
    public void WarmDiagonalConductorIsNotAHotspotButAHotspotOnItIs()
    {
        var builder = new SyntheticMap(Width, Height, 25f).Noise(1.0, seed: 4).Rect(0, 0, Width, 100, -8f);
        for (int x = 50; x < 550; x++)
        {
            int y = 120 + (x / 2);
            builder.Rect(x, y, x + 1, y + 3, 29f);
        }

        var conductorOnly = builder.Noise(0.3, seed: 9).Build();
        var withHotspot = builder.Blob(300, 271, 15f, 2.0).Build();

        Assert.Empty(HotRegionFinder.Find(conductorOnly));
        var region = Assert.Single(HotRegionFinder.Find(withHotspot));
        Assert.Equal((300, 271), (region.MaxX, region.MaxY));
    }

    /// <summary>Cold sky above, textured ground near 25 C, a component strip at 28 C (ambient + 3 K).</summary>
    internal static SyntheticMap SkyGroundStrip() =>
        new SyntheticMap(Width, Height, 25f)
            .Noise(1.0, seed: 11)
            .Rect(0, 0, Width, 150, -5f)
            .Rect(100, 200, 500, 212, 28f);
}
