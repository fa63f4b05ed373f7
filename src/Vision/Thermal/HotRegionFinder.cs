using System.Buffers;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>What one scan of a map found, with the statistics the grading step reuses.</summary>
/// <param name="BodyLevels">Per region (same order): the level of the body it stands on (map unit), see <see cref="HotRegionFinder"/>.</param>
/// <param name="SeedThreshold">Pixels above this (map unit) seeded the candidates.</param>
public sealed record HotRegionScan(
    IReadOnlyList<HotRegion> Regions, IReadOnlyList<double> BodyLevels, SceneStatistics Scene, double SeedThreshold);

/// <summary>
/// Finds regions that stand out from their scene. Candidates are 8-connected pixels above
/// max(scene high quantile, scene median + minimum delta), at least the minimum area. A candidate's body level is the higher of
/// its own median (a warm strip it merged with) and the ring around it (warm ring pixels where there are any); a candidate
/// whose maximum is not at least the minimum delta above its body is a plateau (a conductor, a component, noise) and is
/// dropped. The rest are cut at half their peak over the body, so a hotspot on a component is reported without the
/// component; each connected part above that level is one region. A uniform scene, or one with sub-delta noise, yields
/// nothing. Values are in the map's unit (Celsius or counts). Limitation: a second, much weaker peak on the same warm body
/// as a stronger one is missed when it stays under the stronger one's half level.
/// </summary>
public static class HotRegionFinder
{
    private const int Unlabelled = 0;
    private const int MinRingPixels = 8;
    private const double HalfPeak = 0.5;

    public static IReadOnlyList<HotRegion> Find(TemperatureMap map, HotRegionOptions? options = null) =>
        Scan(map, options).Regions;

    public static HotRegionScan Scan(TemperatureMap map, HotRegionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        options ??= HotRegionOptions.Default;
        var scene = SceneStatistics.Compute(map.Values, options.SceneQuantile);
        double minDelta = options.MinDeltaFor(map.IsAbsolute);
        double seed = Math.Max(scene.HighPercentile, scene.Median + minDelta);
        var regions = new List<HotRegion>();
        var bodies = new List<double>();
        if (scene.FinitePixels == 0 || !(scene.Max > seed))
        {
            return new HotRegionScan(regions, bodies, scene, seed);
        }

        int n = map.Values.Length;
        int[] labels = ArrayPool<int>.Shared.Rent(n);
        int[] stack = ArrayPool<int>.Shared.Rent(n);
        int[] candidate = ArrayPool<int>.Shared.Rent(n);
        int[] part = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(labels, 0, n);
            var grower = new RegionGrower(map.Values, map.Width, map.Height, labels.AsSpan(0, n), stack);
            int nextLabel = 1;
            float[] values = map.Values;
            for (int i = 0; i < n; i++)
            {
                if (labels[i] != Unlabelled || !(values[i] > seed))
                {
                    continue;
                }

                int label = nextLabel++;
                int count = grower.Grow(i, Unlabelled, label, seed, candidate);
                if (count < options.MinAreaPixels)
                {
                    continue;
                }

                var members = candidate.AsSpan(0, count);
                var whole = grower.Describe(members);
                double body = BodyLevel(map, whole.Box, members, scene, minDelta, options);
                if (whole.MaxTemperatureCelsius - body < minDelta)
                {
                    continue;
                }

                double level = body + ((whole.MaxTemperatureCelsius - body) * HalfPeak);
                foreach (int index in members)
                {
                    if (labels[index] != label || !(values[index] > level))
                    {
                        continue;
                    }

                    int partCount = grower.Grow(index, label, nextLabel++, level, part);
                    var region = grower.Describe(part.AsSpan(0, partCount));
                    if (region.MaxTemperatureCelsius - body >= minDelta)
                    {
                        regions.Add(region);
                        bodies.Add(body);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<int>.Shared.Return(stack);
            ArrayPool<int>.Shared.Return(candidate);
            ArrayPool<int>.Shared.Return(part);
        }

        return new HotRegionScan(regions, bodies, scene, seed);
    }

    /// <summary>The higher of the candidate's own median and its ring's level (the ring's warm pixels where it has enough).</summary>
    private static double BodyLevel(
        TemperatureMap map, PixelBox box, ReadOnlySpan<int> members, SceneStatistics scene, double minDelta, HotRegionOptions options)
    {
        double all = RingSampler.RingMedian(
            map, box, options.RingGapPixels, options.RingWidthPixels, double.NegativeInfinity, double.PositiveInfinity, MinRingPixels);
        double warmAbove = scene.Median + (options.WarmMarginFraction * minDelta);
        double warm = RingSampler.RingMedian(
            map, box, options.RingGapPixels, options.RingWidthPixels, warmAbove, double.PositiveInfinity, MinRingPixels);
        double ring = double.IsNaN(warm) ? (double.IsNaN(all) ? scene.Median : all) : Math.Max(all, warm);
        return Math.Max(ring, RingSampler.MemberMedian(map.Values, members));
    }
}
