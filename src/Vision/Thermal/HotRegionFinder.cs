using System.Buffers;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>What one scan of a map found, with the statistics the grading step reuses.</summary>
/// <param name="SeedThreshold">Pixels above this (map unit) seeded the regions.</param>
public sealed record HotRegionScan(IReadOnlyList<HotRegion> Regions, SceneStatistics Scene, double SeedThreshold);

/// <summary>
/// Finds regions that stand out from their scene: 8-connected pixels above max(scene high quantile, scene median + minimum
/// delta), kept when large enough and when their maximum rises at least the minimum delta above the ring around them.
/// A uniform scene, or one with sub-delta noise, yields nothing. Values are in the map's unit (Celsius or counts).
/// </summary>
public static class HotRegionFinder
{
    private const int Unlabelled = 0;
    private const int MinRingPixels = 8;

    public static IReadOnlyList<HotRegion> Find(TemperatureMap map, HotRegionOptions? options = null) =>
        Scan(map, options).Regions;

    public static HotRegionScan Scan(TemperatureMap map, HotRegionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        options ??= HotRegionOptions.Default;
        var scene = SceneStatistics.Compute(map.Values, options.SceneQuantile);
        double minDelta = options.MinDeltaFor(map.IsAbsolute);
        double seed = Math.Max(scene.HighPercentile, scene.Median + minDelta);
        if (scene.FinitePixels == 0 || !(scene.Max > seed))
        {
            return new HotRegionScan([], scene, seed);
        }

        var regions = new List<HotRegion>();
        int pixelCount = map.Values.Length;
        int[] labels = ArrayPool<int>.Shared.Rent(pixelCount);
        int[] stack = ArrayPool<int>.Shared.Rent(pixelCount);
        try
        {
            Array.Clear(labels, 0, pixelCount);
            int nextLabel = 1;
            float[] values = map.Values;
            for (int i = 0; i < pixelCount; i++)
            {
                if (labels[i] != Unlabelled || !(values[i] > seed))
                {
                    continue;
                }

                var grown = Grow(map, i, nextLabel++, seed, labels, stack);
                if (grown.AreaPixels < options.MinAreaPixels)
                {
                    continue;
                }

                double local = RingSampler.RingMedian(
                    map, grown.Box, options.RingGapPixels, options.RingWidthPixels, double.NegativeInfinity, seed, MinRingPixels);
                double background = double.IsNaN(local) ? scene.Median : local;
                if (grown.MaxTemperatureCelsius - background >= minDelta)
                {
                    regions.Add(grown);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<int>.Shared.Return(stack);
        }

        return new HotRegionScan(regions, scene, seed);
    }

    /// <summary>Flood fill from <paramref name="start"/> over 8-neighbours above the seed threshold.</summary>
    private static HotRegion Grow(TemperatureMap map, int start, int label, double seed, int[] labels, int[] stack)
    {
        int width = map.Width;
        int height = map.Height;
        float[] values = map.Values;
        int top = 0;
        stack[top++] = start;
        labels[start] = label;
        int area = 0;
        double sum = 0;
        float max = float.NegativeInfinity;
        int maxIndex = start;
        int minX = int.MaxValue, minY = int.MaxValue, maxX = int.MinValue, maxY = int.MinValue;
        while (top > 0)
        {
            int index = stack[--top];
            int x = index % width;
            int y = index / width;
            float v = values[index];
            area++;
            sum += v;
            if (v > max)
            {
                max = v;
                maxIndex = index;
            }

            minX = Math.Min(minX, x);
            maxX = Math.Max(maxX, x);
            minY = Math.Min(minY, y);
            maxY = Math.Max(maxY, y);
            for (int ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
            {
                for (int nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                {
                    int n = (ny * width) + nx;
                    if (labels[n] == Unlabelled && values[n] > seed)
                    {
                        labels[n] = label;
                        stack[top++] = n;
                    }
                }
            }
        }

        return new HotRegion(
            maxIndex % width,
            maxIndex / width,
            max,
            sum / area,
            area,
            new PixelBox(minX, minY, maxX + 1, maxY + 1));
    }
}
