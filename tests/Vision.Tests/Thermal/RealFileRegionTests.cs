using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;
using Xunit.Abstractions;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>Issue 11's "done when" on real captures: evenly hot bodies are found whole, never as fragments or specks.</summary>
public sealed class RealFileRegionTests(ITestOutputHelper output)
{
    [RealSamplesFact]
    public void FlirMugIsOneHotRegionHoldingTheMapsMaximum()
    {
        var map = ThermalDecoder.Decode(RealSamples.File("flir/FLIR.jpg")).Map;
        float max = map.Values.Max();

        var regions = HotRegionFinder.Find(map);
        Log(regions);

        var mug = Assert.Single(regions, r => r.MaxTemperatureCelsius == max);
        Assert.True(mug.AreaPixels > 1000, $"the mug's hot band is {mug.AreaPixels} px");
        Assert.True(mug.MeanTemperatureCelsius > 45, $"mean {mug.MeanTemperatureCelsius:0.0} C");
        // No second region on the hot band: everything else reported stays well below it (26.6 C background, 62 C band).
        Assert.All(regions.Where(r => r != mug), r => Assert.True(r.MaxTemperatureCelsius < 45, $"second hot region {r}"));
    }

    [RealSamplesFact]
    public void T640HotBodyIsOneRegionNotFragments()
    {
        var map = ThermalDecoder.Decode(RealSamples.File("flir/FLIR_T640.jpg")).Map;
        float max = map.Values.Max();

        var regions = HotRegionFinder.Find(map);
        Log(regions);

        // The body spans 60-98 C against 30-40 C surroundings; before, its core came out as 8 graded fragments, one of 1 px.
        const float CoreCelsius = 80f;
        var body = Assert.Single(regions, r => r.MaxTemperatureCelsius >= CoreCelsius);
        Assert.Equal(max, (float)body.MaxTemperatureCelsius);
        Assert.True(body.AreaPixels > 5000, $"body {body.AreaPixels} px");
        Assert.True(body.IsPartial, "the body runs off the frame's left edge");
        for (int y = 0; y < map.Height; y++)
        {
            for (int x = 0; x < map.Width; x++)
            {
                Assert.True(map[x, y] < CoreCelsius || HotspotAttribution.ContainsPixel(body.Box, x, y), $"({x}, {y}) {map[x, y]:0.0} C outside the body's box");
            }
        }
    }

    [RealSamplesTheory]
    [MemberData(nameof(RealSamples.ThermalFiles), MemberType = typeof(RealSamples))]
    public void NoRegionIsSmallerThanTheOpticsResolve(string file)
    {
        var map = ThermalDecoder.Decode(RealSamples.File(file)).Map;

        var regions = HotRegionFinder.Find(map);
        output.WriteLine($"{file}: {regions.Count} regions, smallest {(regions.Count == 0 ? 0 : regions.Min(r => r.AreaPixels))} px");

        Assert.All(regions, r => Assert.True(r.AreaPixels >= 9, $"{r.AreaPixels} px region at ({r.MaxX}, {r.MaxY})"));
        Assert.All(regions, r => Assert.True(r.Box.X2 - r.Box.X1 >= 3 && r.Box.Y2 - r.Box.Y1 >= 3, $"region {r.Box} under 3 x 3"));
    }

    private void Log(IReadOnlyList<HotRegion> regions)
    {
        foreach (var r in regions)
        {
            output.WriteLine($"({r.MaxX}, {r.MaxY}) Tmax {r.MaxTemperatureCelsius:0.0} area {r.AreaPixels} box {r.Box} partial {r.IsPartial}");
        }
    }
}
