using System.Buffers;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>
/// Finds a hotspot's similar components without a detector. On a pole or a transformer the same component repeats on the
/// other phases: bodies of the same size and load in a row with the hot one, evenly spaced (three phases: the hot one and
/// two others at +v and +2v, or at -v and +v). Bodies are read from the 3 x 3 mean of the map, so one- or two-pixel lines
/// (conductors) read cooler than compact components of the same temperature; a body's level is the highest 3 x 3 mean
/// near its position. The reference is the cooler of the two others (a row whose other member is itself hot still gives
/// the normal level), rows warmer than the region itself are not its phases, and of all rows the warmest reference wins:
/// conductors and ground textures form rows too, but cooler.
/// Each of the two must be a separate body: the path to its neighbour in the row dips below both (a conductor or strip
/// the hotspot lies on is not a row of phases). Values in the map's unit; <paramref name="minDelta"/> is the scan's minimum rise.
/// </summary>
internal sealed class PhaseRowFinder(TemperatureMap map, double warmAbove, double minDelta, HotspotAnalysisOptions options)
{
    private readonly float[] _values = map.Values;
    private readonly int _width = map.Width;
    private readonly int _height = map.Height;

    // The 3 x 3 means of the current search window (plus the 2-pixel margin peaks look at), computed once per region.
    private float[] _window = [];
    private int _windowX0;
    private int _windowY0;
    private int _windowX1 = -1;
    private int _windowY1 = -1;

    /// <summary>The similar components' level for <paramref name="region"/>, or null when no row of phases is found.</summary>
    public double? Reference(HotRegion region)
    {
        int radius = options.PhaseSearchRadiusPixels;
        int hx = region.MaxX;
        int hy = region.MaxY;
        double best;
        FillWindow(hx - radius - 2, hy - radius - 2, hx + radius + 2, hy + radius + 2);
        try
        {
            best = Search(region, radius, hx, hy);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(_window);
            _window = [];
            _windowX1 = -1;
        }

        return double.IsNegativeInfinity(best) ? null : best;
    }

    private double Search(HotRegion region, int radius, int hx, int hy)
    {
        // Rows warmer than the region itself are other, warmer things (a sunlit track, a tank), not its phases.
        double cap = region.MaxTemperatureCelsius + (options.Regions.WarmMarginFraction * minDelta);
        double best = double.NegativeInfinity;
        for (int y = Math.Max(1, hy - radius); y <= Math.Min(_height - 2, hy + radius); y++)
        {
            for (int x = Math.Max(1, hx - radius); x <= Math.Min(_width - 2, hx + radius); x++)
            {
                double first = Mean3(x, y);
                if (!(first > warmAbove) || first <= best || Inside(region.Box, x, y) || !IsPeak(x, y, first))
                {
                    continue;
                }

                int vx = x - hx;
                int vy = y - hy;
                double spacing = Math.Sqrt((vx * vx) + (vy * vy));
                if (spacing < options.MinPhaseSpacingPixels)
                {
                    continue;
                }

                double tolerance = 1.0 + (options.PhaseSpacingTolerance * spacing);
                if (!IsSeparate(region.Box, hx, hy, x, y, first))
                {
                    continue; // the same body as the hotspot (a conductor or strip it lies on), not another phase
                }

                var beyond = PeakNear(region.Box, hx + (2 * vx), hy + (2 * vy), tolerance);
                double level = Math.Min(first, beyond.Value);
                if (beyond.Value > warmAbove && level <= cap && IsSeparate(region.Box, x, y, beyond.X, beyond.Y, level))
                {
                    best = Math.Max(best, level);
                }

                var before = PeakNear(region.Box, hx - vx, hy - vy, tolerance);
                level = Math.Min(first, before.Value);
                if (before.Value > warmAbove && level <= cap && IsSeparate(region.Box, hx, hy, before.X, before.Y, level))
                {
                    best = Math.Max(best, level);
                }
            }
        }

        return best;
    }

    private void FillWindow(int x0, int y0, int x1, int y1)
    {
        _windowX0 = Math.Max(1, x0);
        _windowY0 = Math.Max(1, y0);
        _windowX1 = Math.Min(_width - 2, x1);
        _windowY1 = Math.Min(_height - 2, y1);
        int w = _windowX1 - _windowX0 + 1;
        int h = _windowY1 - _windowY0 + 1;
        _window = ArrayPool<float>.Shared.Rent(Math.Max(1, w * Math.Max(0, h)));
        for (int y = _windowY0; y <= _windowY1; y++)
        {
            for (int x = _windowX0; x <= _windowX1; x++)
            {
                _window[((y - _windowY0) * w) + (x - _windowX0)] = (float)ComputeMean3(x, y);
            }
        }
    }

    /// <summary>
    /// Whether the straight path from (ax, ay) to (bx, by), outside the hotspot's box, dips clearly below
    /// <paramref name="level"/> somewhere: two bodies apart, not one elongated body.
    /// </summary>
    private bool IsSeparate(PixelBox hotspot, int ax, int ay, int bx, int by, double level)
    {
        double dip = level - (options.PhaseGapFraction * minDelta);
        int steps = Math.Max(Math.Abs(bx - ax), Math.Abs(by - ay));
        for (int s = 1; s < steps; s++)
        {
            int x = (int)Math.Round(ax + ((bx - ax) * (double)s / steps));
            int y = (int)Math.Round(ay + ((by - ay) * (double)s / steps));
            if (x >= 1 && y >= 1 && x < _width - 1 && y < _height - 1 && !Inside(hotspot, x, y) && Mean3(x, y) < dip)
            {
                return true;
            }
        }

        return false;
    }

    private (double Value, int X, int Y) PeakNear(PixelBox exclude, double cx, double cy, double tolerance)
    {
        int r = (int)Math.Ceiling(tolerance);
        int x0 = (int)Math.Round(cx);
        int y0 = (int)Math.Round(cy);
        var peak = (Value: double.NegativeInfinity, X: x0, Y: y0);
        for (int y = Math.Max(1, y0 - r); y <= Math.Min(_height - 2, y0 + r); y++)
        {
            for (int x = Math.Max(1, x0 - r); x <= Math.Min(_width - 2, x0 + r); x++)
            {
                if (((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) > tolerance * tolerance || Inside(exclude, x, y))
                {
                    continue;
                }

                double m = Mean3(x, y);
                if (m > peak.Value)
                {
                    peak = (m, x, y);
                }
            }
        }

        return peak;
    }

    /// <summary>Whether the 3 x 3 mean at (x, y) is the highest within two pixels (ties kept: plateaus have peaks).</summary>
    private bool IsPeak(int x, int y, double value)
    {
        for (int dy = -2; dy <= 2; dy++)
        {
            for (int dx = -2; dx <= 2; dx++)
            {
                int nx = x + dx;
                int ny = y + dy;
                if ((dx != 0 || dy != 0) && nx >= 1 && ny >= 1 && nx < _width - 1 && ny < _height - 1 && Mean3(nx, ny) > value)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private double Mean3(int x, int y) =>
        x >= _windowX0 && x <= _windowX1 && y >= _windowY0 && y <= _windowY1
            ? _window[((y - _windowY0) * (_windowX1 - _windowX0 + 1)) + (x - _windowX0)]
            : ComputeMean3(x, y);

    private double ComputeMean3(int x, int y)
    {
        double sum = 0;
        for (int dy = -1; dy <= 1; dy++)
        {
            int row = (y + dy) * _width;
            sum += _values[row + x - 1] + _values[row + x] + _values[row + x + 1];
        }

        return sum / 9.0;
    }

    private static bool Inside(PixelBox box, int x, int y) =>
        x + 1 >= box.X1 && x - 1 < box.X2 && y + 1 >= box.Y1 && y - 1 < box.Y2;
}
