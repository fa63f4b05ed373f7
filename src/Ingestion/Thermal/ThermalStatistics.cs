namespace DroneInspect.Ingestion.Thermal;

/// <summary>
/// Minimum, maximum and mean of a map's values (Celsius or counts, as the map is), over the pixels that hold a
/// number: a pixel outside the radiometric model is NaN and counted in <see cref="InvalidPixels"/> instead.
/// </summary>
public readonly record struct ThermalStatistics(double? Min, double? Max, double? Mean, int ValidPixels, int InvalidPixels)
{
    public static ThermalStatistics Of(ReadOnlySpan<float> values)
    {
        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        var sum = 0.0;
        var valid = 0;
        foreach (var v in values)
        {
            if (!float.IsFinite(v))
            {
                continue;
            }

            min = Math.Min(min, v);
            max = Math.Max(max, v);
            sum += v;
            valid++;
        }

        return valid == 0
            ? new ThermalStatistics(null, null, null, 0, values.Length)
            : new ThermalStatistics(min, max, sum / valid, valid, values.Length - valid);
    }
}
