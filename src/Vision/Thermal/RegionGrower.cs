namespace DroneInspect.Vision.Thermal;

/// <summary>8-connected flood fill over a label array, with pooled buffers supplied by the caller (no per-pixel allocation).</summary>
internal ref struct RegionGrower(ReadOnlySpan<float> values, int width, int height, Span<int> labels, Span<int> stack)
{
    private readonly ReadOnlySpan<float> _values = values;
    private readonly Span<int> _labels = labels;
    private readonly Span<int> _stack = stack;

    /// <summary>
    /// Relabels the pixels connected to <paramref name="start"/> that carry <paramref name="fromLabel"/> and exceed
    /// <paramref name="threshold"/> as <paramref name="toLabel"/>, writing their indices to <paramref name="members"/>.
    /// </summary>
    /// <returns>The number of members.</returns>
    public readonly int Grow(int start, int fromLabel, int toLabel, double threshold, Span<int> members)
    {
        int top = 0;
        int count = 0;
        _stack[top++] = start;
        _labels[start] = toLabel;
        while (top > 0)
        {
            int index = _stack[--top];
            members[count++] = index;
            int x = index % width;
            int y = index / width;
            int x0 = Math.Max(0, x - 1);
            int x1 = Math.Min(width - 1, x + 1);
            for (int ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
            {
                int row = ny * width;
                for (int nx = x0; nx <= x1; nx++)
                {
                    int n = row + nx;
                    if (_labels[n] == fromLabel && _values[n] > threshold)
                    {
                        _labels[n] = toLabel;
                        _stack[top++] = n;
                    }
                }
            }
        }

        return count;
    }

    /// <summary>
    /// Of the members holding the maximum (a flat-topped peak holds many), the one nearest their centroid: the middle of
    /// the hottest plateau rather than whichever pixel the fill reached first.
    /// </summary>
    private readonly int CentreOfPeak(ReadOnlySpan<int> members, float max, int first)
    {
        double sx = 0, sy = 0;
        int n = 0;
        foreach (int index in members)
        {
            if (_values[index] == max)
            {
                sx += index % width;
                sy += index / width;
                n++;
            }
        }

        if (n <= 1)
        {
            return first;
        }

        double cx = sx / n, cy = sy / n;
        int best = first;
        double bestDistance = double.PositiveInfinity;
        foreach (int index in members)
        {
            if (_values[index] != max)
            {
                continue;
            }

            double dx = (index % width) - cx, dy = (index / width) - cy;
            double d = (dx * dx) + (dy * dy);
            if (d < bestDistance || (d == bestDistance && index < best))
            {
                best = index;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>Statistics of a set of member pixels.</summary>
    public readonly HotRegion Describe(ReadOnlySpan<int> members)
    {
        double sum = 0;
        float max = float.NegativeInfinity;
        int maxIndex = members[0];
        int minX = int.MaxValue, minY = int.MaxValue, maxX = int.MinValue, maxY = int.MinValue;
        foreach (int index in members)
        {
            float v = _values[index];
            sum += v;
            if (v > max)
            {
                max = v;
                maxIndex = index;
            }

            int x = index % width;
            int y = index / width;
            minX = Math.Min(minX, x);
            maxX = Math.Max(maxX, x);
            minY = Math.Min(minY, y);
            maxY = Math.Max(maxY, y);
        }

        maxIndex = CentreOfPeak(members, max, maxIndex);
        return new HotRegion(
            maxIndex % width, maxIndex / width, max, sum / members.Length, members.Length, new PixelBox(minX, minY, maxX + 1, maxY + 1));
    }
}
