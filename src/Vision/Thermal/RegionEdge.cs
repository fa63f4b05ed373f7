using System.Buffers;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>
/// How sharply a region's edge drops: the median of its rim (members within <see cref="RimPixels"/> of a non-member) minus
/// the median of the band that follows its outline just outside (chessboard distance gap+1 .. gap+width). A body with
/// an edge (a component, a mug, a connector) drops by most of its rise within a few pixels, whatever the optics' blur;
/// a broad smooth swell of the scene (ground texture, vignetting) drops by only its slope times a few pixels.
/// </summary>
internal static class RegionEdge
{
    public const int RimPixels = 2;
    private const int Far = int.MaxValue / 2;

    /// <summary>Rim median minus outer band median (map unit); NaN when either is empty (a region filling the frame).</summary>
    /// <param name="labels">Members carry <paramref name="label"/>.</param>
    public static double Drop(TemperatureMap map, ReadOnlySpan<int> labels, int label, PixelBox box, int gap, int width)
    {
        int reach = gap + width;
        int x0 = Math.Max(0, (int)box.X1 - reach);
        int y0 = Math.Max(0, (int)box.Y1 - reach);
        int x1 = Math.Min(map.Width, (int)box.X2 + reach);
        int y1 = Math.Min(map.Height, (int)box.Y2 + reach);
        int w = x1 - x0;
        int h = y1 - y0;
        int[] outside = ArrayPool<int>.Shared.Rent(w * h);
        int[] inside = ArrayPool<int>.Shared.Rent(w * h);
        float[] rim = ArrayPool<float>.Shared.Rent(w * h);
        float[] band = ArrayPool<float>.Shared.Rent(w * h);
        try
        {
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    bool member = labels[((y + y0) * map.Width) + x + x0] == label;
                    outside[(y * w) + x] = member ? 0 : Far;
                    inside[(y * w) + x] = member ? Far : 0;
                }
            }

            Chessboard(outside, w, h);
            Chessboard(inside, w, h);
            int rimCount = 0;
            int bandCount = 0;
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    int i = (y * w) + x;
                    float v = map.Values[((y + y0) * map.Width) + x + x0];
                    if (!float.IsFinite(v))
                    {
                        continue;
                    }

                    if (outside[i] == 0 && inside[i] <= RimPixels)
                    {
                        rim[rimCount++] = v;
                    }
                    else if (outside[i] > gap && outside[i] <= reach)
                    {
                        band[bandCount++] = v;
                    }
                }
            }

            return rimCount == 0 || bandCount == 0 ? double.NaN : Median(rim.AsSpan(0, rimCount)) - Median(band.AsSpan(0, bandCount));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(outside);
            ArrayPool<int>.Shared.Return(inside);
            ArrayPool<float>.Shared.Return(rim);
            ArrayPool<float>.Shared.Return(band);
        }
    }

    private static double Median(Span<float> values)
    {
        values.Sort();
        int mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + (double)values[mid]) / 2;
    }

    /// <summary>Two-pass chessboard distance transform in place: each cell becomes its distance to the nearest zero.</summary>
    private static void Chessboard(int[] d, int w, int h)
    {
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                int i = (y * w) + x;
                int best = d[i];
                if (x > 0)
                {
                    best = Math.Min(best, d[i - 1] + 1);
                }

                if (y > 0)
                {
                    best = Math.Min(best, d[i - w] + 1);
                    best = x > 0 ? Math.Min(best, d[i - w - 1] + 1) : best;
                    best = x < w - 1 ? Math.Min(best, d[i - w + 1] + 1) : best;
                }

                d[i] = best;
            }
        }

        for (int y = h - 1; y >= 0; y--)
        {
            for (int x = w - 1; x >= 0; x--)
            {
                int i = (y * w) + x;
                int best = d[i];
                if (x < w - 1)
                {
                    best = Math.Min(best, d[i + 1] + 1);
                }

                if (y < h - 1)
                {
                    best = Math.Min(best, d[i + w] + 1);
                    best = x < w - 1 ? Math.Min(best, d[i + w + 1] + 1) : best;
                    best = x > 0 ? Math.Min(best, d[i + w - 1] + 1) : best;
                }

                d[i] = best;
            }
        }
    }
}
