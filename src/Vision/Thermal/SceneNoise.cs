using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>
/// The map's pixel noise, robustly: the median absolute difference between horizontal neighbours, scaled to a Gaussian
/// standard deviation (MAD / 0.6745, divided by sqrt 2 because a difference carries two pixels' noise). Scene edges
/// are a small minority of neighbour pairs, so they barely move the median. Map unit (Kelvin or counts).
/// </summary>
public static class SceneNoise
{
    private const int MaxSamples = 65536;
    private const double MadToSigma = 1.0 / 0.6745;

    public static double Sigma(TemperatureMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        int pairs = (map.Width - 1) * map.Height;
        if (pairs <= 0)
        {
            return 0;
        }

        int stride = Math.Max(1, pairs / MaxSamples);
        var samples = new float[(pairs / stride) + 1];
        int count = 0;
        float[] values = map.Values;
        for (int p = 0; p < pairs; p += stride)
        {
            int y = p / (map.Width - 1);
            int x = p % (map.Width - 1);
            int i = (y * map.Width) + x;
            float d = values[i + 1] - values[i];
            if (float.IsFinite(d))
            {
                samples[count++] = Math.Abs(d);
            }
        }

        if (count == 0)
        {
            return 0;
        }

        var used = samples.AsSpan(0, count);
        used.Sort();
        double median = count % 2 == 1 ? used[count / 2] : (used[(count / 2) - 1] + (double)used[count / 2]) / 2;
        return median * MadToSigma / Math.Sqrt(2);
    }
}
