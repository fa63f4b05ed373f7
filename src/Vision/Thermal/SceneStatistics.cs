namespace DroneInspect.Vision.Thermal;

/// <summary>
/// Robust statistics of a whole map, in the map's unit (Celsius or counts): the median stands for the scene background
/// (sky or ground, whichever dominates) and the high percentile for the warmest ordinary objects.
/// </summary>
public sealed record SceneStatistics(double Median, double HighPercentile, double Min, double Max, int FinitePixels)
{
    private const int BinCount = 4096;

    /// <summary>Quantiles from a fine histogram (range/4096 resolution): O(n), no sort, no per-pixel allocation.</summary>
    /// <param name="highQuantile">0..1, e.g. 0.99.</param>
    public static SceneStatistics Compute(ReadOnlySpan<float> values, double highQuantile)
    {
        float min = float.PositiveInfinity;
        float max = float.NegativeInfinity;
        int finite = 0;
        foreach (float v in values)
        {
            if (!float.IsFinite(v))
            {
                continue;
            }

            finite++;
            if (v < min)
            {
                min = v;
            }

            if (v > max)
            {
                max = v;
            }
        }

        if (finite == 0)
        {
            return new SceneStatistics(double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }

        if (max <= min)
        {
            return new SceneStatistics(min, min, min, max, finite);
        }

        Span<int> histogram = stackalloc int[BinCount];
        histogram.Clear();
        double scale = (BinCount - 1) / ((double)max - min);
        foreach (float v in values)
        {
            if (float.IsFinite(v))
            {
                histogram[(int)((v - min) * scale)]++;
            }
        }

        double median = Quantile(histogram, finite, 0.5, min, scale);
        double high = Quantile(histogram, finite, highQuantile, min, scale);
        return new SceneStatistics(median, high, min, max, finite);
    }

    private static double Quantile(ReadOnlySpan<int> histogram, int count, double quantile, double min, double scale)
    {
        double target = quantile * count;
        long cumulative = 0;
        for (int bin = 0; bin < histogram.Length; bin++)
        {
            int inBin = histogram[bin];
            if (inBin > 0 && cumulative + inBin >= target)
            {
                // Interpolate inside the bin; a bin holding a single value collapses to that bin's lower edge.
                double fraction = Math.Clamp((target - cumulative) / inBin, 0, 1);
                return min + ((bin + fraction) / scale);
            }

            cumulative += inBin;
        }

        return min + ((histogram.Length - 1) / scale);
    }
}
