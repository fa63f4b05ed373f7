using System.Buffers;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>Medians of the pixels in a rectangular ring around a box, skipping hot (seed) pixels.</summary>
internal static class RingSampler
{
    /// <summary>A normal distribution's standard deviation per median absolute deviation.</summary>
    private const double RobustSigmaPerMad = 1.4826;

    /// <summary>Median of ring pixels whose value lies in (lowerExclusive, upperExclusive); NaN when fewer than <paramref name="minCount"/>.</summary>
    public static double RingMedian(
        TemperatureMap map, PixelBox box, int gap, int width, double lowerExclusive, double upperExclusive, int minCount)
    {
        float[] buffer = ArrayPool<float>.Shared.Rent(map.Values.Length);
        try
        {
            int count = CollectRing(map, box, gap, width, lowerExclusive, upperExclusive, buffer);
            return Median(buffer.AsSpan(0, count), minCount);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The texture of the ring around a box: a robust standard deviation of its pixels' differences to their right-hand
    /// neighbours (1.4826 x their median absolute value, over sqrt 2), in the map's unit. Smooth surroundings (sky, a
    /// conductor, a housing) give about the pixel noise even where they hold an edge; foliage or gravel gives far more.
    /// NaN when fewer than <paramref name="minCount"/> pixels.
    /// </summary>
    public static double RingTexture(TemperatureMap map, PixelBox box, int gap, int width, int minCount)
    {
        float[] buffer = ArrayPool<float>.Shared.Rent(map.Values.Length);
        try
        {
            var ring = buffer.AsSpan(0, CollectRing(map, box, gap, width, double.NegativeInfinity, double.PositiveInfinity, buffer, neighbourDifference: true));
            return RobustSigmaPerMad / Math.Sqrt(2) * Median(ring, minCount);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Copies the ring pixels whose value lies in (lowerExclusive, upperExclusive) into the buffer, or with
    /// <paramref name="neighbourDifference"/> the absolute difference of each to its right-hand neighbour; returns how many.
    /// </summary>
    private static int CollectRing(
        TemperatureMap map, PixelBox box, int gap, int width, double lowerExclusive, double upperExclusive, float[] buffer,
        bool neighbourDifference = false)
    {
        int innerX1 = (int)MathF.Floor(box.X1) - gap;
        int innerY1 = (int)MathF.Floor(box.Y1) - gap;
        int innerX2 = (int)MathF.Ceiling(box.X2) + gap;
        int innerY2 = (int)MathF.Ceiling(box.Y2) + gap;
        int x1 = Math.Max(0, innerX1 - width);
        int y1 = Math.Max(0, innerY1 - width);
        int x2 = Math.Min(map.Width, innerX2 + width);
        int y2 = Math.Min(map.Height, innerY2 + width);
        int count = 0;
        float[] values = map.Values;
        for (int y = y1; y < y2; y++)
        {
            bool rowInside = y >= innerY1 && y < innerY2;
            int row = y * map.Width;
            for (int x = x1; x < x2; x++)
            {
                if (rowInside && x >= innerX1 && x < innerX2)
                {
                    x = innerX2 - 1;
                    continue;
                }

                float v = values[row + x];
                if (neighbourDifference)
                {
                    if (x + 1 < map.Width && float.IsFinite(v) && float.IsFinite(values[row + x + 1]))
                    {
                        buffer[count++] = MathF.Abs(values[row + x + 1] - v);
                    }
                }
                else if (v > lowerExclusive && v < upperExclusive)
                {
                    buffer[count++] = v;
                }
            }
        }

        return count;
    }

    /// <summary>Median of the values inside a box in (lowerExclusive, upperExclusive); NaN when fewer than <paramref name="minCount"/>.</summary>
    public static double BoxMedian(TemperatureMap map, PixelBox box, double lowerExclusive, double upperExclusive, int minCount)
    {
        int x1 = Math.Max(0, (int)MathF.Floor(box.X1));
        int y1 = Math.Max(0, (int)MathF.Floor(box.Y1));
        int x2 = Math.Min(map.Width, (int)MathF.Ceiling(box.X2));
        int y2 = Math.Min(map.Height, (int)MathF.Ceiling(box.Y2));
        if (x2 <= x1 || y2 <= y1)
        {
            return double.NaN;
        }

        float[] buffer = ArrayPool<float>.Shared.Rent((x2 - x1) * (y2 - y1));
        try
        {
            int count = 0;
            for (int y = y1; y < y2; y++)
            {
                ReadOnlySpan<float> row = map.Values.AsSpan((y * map.Width) + x1, x2 - x1);
                foreach (float v in row)
                {
                    if (v > lowerExclusive && v < upperExclusive)
                    {
                        buffer[count++] = v;
                    }
                }
            }

            return Median(buffer.AsSpan(0, count), minCount);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>Median of the values at the given pixel indices.</summary>
    public static double MemberMedian(float[] values, ReadOnlySpan<int> members)
    {
        float[] buffer = ArrayPool<float>.Shared.Rent(members.Length);
        try
        {
            for (int i = 0; i < members.Length; i++)
            {
                buffer[i] = values[members[i]];
            }

            return Median(buffer.AsSpan(0, members.Length), 1);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    private static double Median(Span<float> values, int minCount)
    {
        if (values.Length < Math.Max(1, minCount))
        {
            return double.NaN;
        }

        values.Sort();
        int mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + (double)values[mid]) / 2;
    }
}
