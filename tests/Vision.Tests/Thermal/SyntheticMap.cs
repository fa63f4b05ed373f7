using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>Builds temperature maps for tests: flat scenes, noise, component strips and smooth blobs.</summary>
internal sealed class SyntheticMap(int width, int height, float fill)
{
    private readonly float[] _values = Enumerable.Repeat(fill, width * height).ToArray();

    public SyntheticMap Noise(double amplitude, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < _values.Length; i++)
        {
            _values[i] += (float)(((random.NextDouble() * 2) - 1) * amplitude);
        }

        return this;
    }

    /// <summary>Uniform noise of the given amplitude added inside [x1, x2) x [y1, y2) only (textured ground in a quiet scene).</summary>
    public SyntheticMap NoiseIn(int x1, int y1, int x2, int y2, double amplitude, int seed)
    {
        var random = new Random(seed);
        for (int y = y1; y < y2; y++)
        {
            for (int x = x1; x < x2; x++)
            {
                _values[(y * width) + x] += (float)(((random.NextDouble() * 2) - 1) * amplitude);
            }
        }

        return this;
    }

    public SyntheticMap Rect(int x1, int y1, int x2, int y2, float value)
    {
        for (int y = y1; y < y2; y++)
        {
            for (int x = x1; x < x2; x++)
            {
                _values[(y * width) + x] = value;
            }
        }

        return this;
    }

    /// <summary>A Gaussian blob added to what is there, peak exactly at (cx, cy).</summary>
    public SyntheticMap Blob(int cx, int cy, float amplitude, double sigma)
    {
        int radius = (int)Math.Ceiling(sigma * 4);
        for (int y = Math.Max(0, cy - radius); y <= Math.Min(height - 1, cy + radius); y++)
        {
            for (int x = Math.Max(0, cx - radius); x <= Math.Min(width - 1, cx + radius); x++)
            {
                double r2 = ((x - cx) * (x - cx)) + ((y - cy) * (y - cy));
                _values[(y * width) + x] += (float)(amplitude * Math.Exp(-r2 / (2 * sigma * sigma)));
            }
        }

        return this;
    }

    public TemperatureMap Build(bool isAbsolute = true) => new(width, height, (float[])_values.Clone(), isAbsolute);
}
