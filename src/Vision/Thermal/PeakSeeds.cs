using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>A local maximum worth growing: its pixel, value and the level (saddle) where it meets a higher peak's area.</summary>
internal readonly record struct PeakSeed(int Index, float Value, double SaddleLevel);

/// <summary>
/// Peaks by topological persistence: pixels are added from the hottest down and joined 8-connected (union-find); when
/// two areas meet, the one with the lower peak ends there, and its persistence is its peak minus that meeting level.
/// Noise bumps and the texture of a warm body end almost at once; a body standing out from its surroundings persists.
/// The highest peak of each connected area of finite pixels never ends: its level is the scene median.
/// </summary>
internal static class PeakSeeds
{
    /// <summary>Peaks persisting at least <paramref name="minPersistence"/> (map unit), hottest first.</summary>
    public static List<PeakSeed> Find(TemperatureMap map, double minPersistence, double sceneMedian)
    {
        float[] values = map.Values;
        int n = values.Length;
        int width = map.Width;
        int[] order = new int[n];
        float[] keys = new float[n];
        int finite = 0;
        for (int i = 0; i < n; i++)
        {
            if (float.IsFinite(values[i]))
            {
                order[finite] = i;
                keys[finite] = -values[i];
                finite++;
            }
        }

        Array.Sort(keys, order, 0, finite);
        int[] parent = new int[n];
        Array.Fill(parent, -1);
        int[] peakOf = new int[n];
        var seeds = new List<PeakSeed>();
        Span<int> roots = stackalloc int[8];
        for (int k = 0; k < finite; k++)
        {
            int i = order[k];
            float v = values[i];
            int x = i % width;
            int y = i / width;
            int rootCount = 0;
            for (int ny = Math.Max(0, y - 1); ny <= Math.Min(map.Height - 1, y + 1); ny++)
            {
                for (int nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                {
                    int j = (ny * width) + nx;
                    if (parent[j] < 0)
                    {
                        continue;
                    }

                    int r = Root(parent, j);
                    if (!roots[..rootCount].Contains(r))
                    {
                        roots[rootCount++] = r;
                    }
                }
            }

            if (rootCount == 0)
            {
                parent[i] = i;
                peakOf[i] = i;
                continue;
            }

            int survivor = roots[0];
            for (int r = 1; r < rootCount; r++)
            {
                if (values[peakOf[roots[r]]] > values[peakOf[survivor]])
                {
                    survivor = roots[r];
                }
            }

            for (int r = 0; r < rootCount; r++)
            {
                int other = roots[r];
                if (other == survivor)
                {
                    continue;
                }

                float peak = values[peakOf[other]];
                if (peak - v >= minPersistence)
                {
                    seeds.Add(new PeakSeed(peakOf[other], peak, v));
                }

                parent[other] = survivor;
            }

            parent[i] = survivor;
        }

        for (int k = 0; k < finite; k++)
        {
            int i = order[k];
            if (parent[i] == i && values[peakOf[i]] - sceneMedian >= minPersistence)
            {
                seeds.Add(new PeakSeed(peakOf[i], values[peakOf[i]], sceneMedian));
            }
        }

        seeds.Sort((a, b) => b.Value.CompareTo(a.Value));
        return seeds;
    }

    private static int Root(int[] parent, int i)
    {
        int root = i;
        while (parent[root] != root)
        {
            root = parent[root];
        }

        while (parent[i] != root)
        {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }

        return root;
    }
}
