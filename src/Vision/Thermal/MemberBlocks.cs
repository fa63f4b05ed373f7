using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>Full square blocks of a region's members (labels[i] == label): the optics' resolution limit and a body's thick part.</summary>
internal static class MemberBlocks
{
    /// <summary>The hottest mean of a full block of members (k pixels square); NaN when the region holds none.</summary>
    public static double BlockPeak(TemperatureMap map, int[] labels, ReadOnlySpan<int> members, int label, int k)
    {
        int width = map.Width;
        double best = double.NaN;
        foreach (int index in members)
        {
            int x = index % width;
            int y = index / width;
            if (x + k > width || y + k > map.Height)
            {
                continue;
            }

            double sum = 0;
            bool full = true;
            for (int dy = 0; dy < k && full; dy++)
            {
                int row = ((y + dy) * width) + x;
                for (int dx = 0; dx < k; dx++)
                {
                    if (labels[row + dx] != label)
                    {
                        full = false;
                        break;
                    }

                    sum += map.Values[row + dx];
                }
            }

            if (full && !(sum / (k * k) <= best))
            {
                best = sum / (k * k);
            }
        }

        return best;
    }

    /// <summary>
    /// The members that lie in some full 3 x 3 block of members (what survives a 3 x 3 opening: the thick part, without
    /// one- or two-pixel lines) and the median of their values; the median of all members when there are none.
    /// </summary>
    public static (double ThickFraction, double Median) ThickPart(TemperatureMap map, int[] labels, ReadOnlySpan<int> members, int label)
    {
        int width = map.Width;
        var centres = new HashSet<int>();
        foreach (int index in members)
        {
            if (IsBlockCentre(map, labels, index, label))
            {
                centres.Add(index);
            }
        }

        var thick = new List<float>();
        foreach (int index in members)
        {
            int x = index % width;
            int y = index / width;
            bool inBlock = false;
            for (int dy = -1; dy <= 1 && !inBlock; dy++)
            {
                for (int dx = -1; dx <= 1 && !inBlock; dx++)
                {
                    int nx = x + dx;
                    int ny = y + dy;
                    inBlock = nx >= 0 && ny >= 0 && nx < width && ny < map.Height && centres.Contains((ny * width) + nx);
                }
            }

            if (inBlock)
            {
                thick.Add(map.Values[index]);
            }
        }

        if (thick.Count == 0)
        {
            return (0, RingSampler.MemberMedian(map.Values, members));
        }

        thick.Sort();
        int mid = thick.Count / 2;
        double median = thick.Count % 2 == 1 ? thick[mid] : (thick[mid - 1] + (double)thick[mid]) / 2;
        return (thick.Count / (double)members.Length, median);
    }

    private static bool IsBlockCentre(TemperatureMap map, int[] labels, int index, int label)
    {
        int width = map.Width;
        int x = index % width;
        int y = index / width;
        if (x < 1 || y < 1 || x >= width - 1 || y >= map.Height - 1)
        {
            return false;
        }

        for (int dy = -1; dy <= 1; dy++)
        {
            for (int dx = -1; dx <= 1; dx++)
            {
                if (labels[index + (dy * width) + dx] != label)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
