using System.Globalization;
using System.Text.Json;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Cli.Reports;

/// <summary>Writes numbers the way JSON needs them: round-trip precision, and null for NaN, infinity or a missing value.</summary>
public static class JsonNumbers
{
    /// <summary>
    /// Writes <paramref name="value"/>; a value exactly representable as float32 (the cameras store most constants so)
    /// is written as that float's shortest form (0.95 rather than 0.949999988079071), others in full double precision.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            writer.WriteNull(name);
            return;
        }

        var single = (float)v;
        writer.WriteNumber(name, (double)single == v
            ? double.Parse(single.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : v);
    }

    /// <summary>A box in image pixels as the array [x1, y1, x2, y2].</summary>
    public static void WriteBox(Utf8JsonWriter writer, string name, PixelBox box)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(box.X1);
        writer.WriteNumberValue(box.Y1);
        writer.WriteNumberValue(box.X2);
        writer.WriteNumberValue(box.Y2);
        writer.WriteEndArray();
    }
}
