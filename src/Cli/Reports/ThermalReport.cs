using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Dji;

namespace DroneInspect.Cli.Reports;

/// <summary>What `thermal` prints about one decoded file: one JSON object, or a short readable summary.</summary>
/// <param name="OverridesIgnored">Override options given that this format does not use (dash-less names).</param>
/// <param name="DjiParameters">The APP4 measurement settings of a DJI file in the layout ExifTool documents (H20T), else null.</param>
/// <param name="Camera">Make and model as `metadata` reads them from the file (EXIF, else XMP); null to use the decoder's.</param>
public sealed record ThermalReport(
    string File,
    ThermalImage Image,
    IReadOnlyList<string> OverridesIgnored,
    DjiThermalParams? DjiParameters = null,
    (string? Make, string? Model)? Camera = null)
{
    /// <summary>What the map's values are: "celsius" for an absolute map, "counts" (relative sensor values) otherwise.</summary>
    public string Unit => Image.Map.IsAbsolute ? "celsius" : "counts";

    /// <summary>The camera make: the file's metadata first, the decoder's label where the metadata states none.</summary>
    public string? Make => Camera?.Make ?? Image.CameraMake;

    /// <summary>The camera model, chosen as <see cref="Make"/> is.</summary>
    public string? Model => Camera?.Model ?? Image.CameraModel;

    public string ToJson()
    {
        var stats = ThermalStatistics.Of(Image.Map.Values);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("file", File);
            w.WriteString("format", Image.Format);
            w.WriteNumber("width", Image.Map.Width);
            w.WriteNumber("height", Image.Map.Height);
            w.WriteStartObject("camera");
            w.WriteString("make", Make);
            w.WriteString("model", Model);
            w.WriteEndObject();
            w.WriteBoolean("absolute", Image.Map.IsAbsolute);
            w.WriteString("unit", Unit);
            WriteParameters(w, Image.Parameters);
            WritePlanck(w, Image.Planck);
            if (DjiParameters is { } dji)
            {
                WriteDji(w, dji);
            }

            w.WriteStartObject("values"); // never named for Celsius: a relative map's values are counts
            w.WriteString("unit", Unit);
            JsonNumbers.Write(w, "min", stats.Min);
            JsonNumbers.Write(w, "max", stats.Max);
            JsonNumbers.Write(w, "mean", stats.Mean);
            w.WriteNumber("invalidPixels", stats.InvalidPixels);
            w.WriteEndObject();
            if (Image.Note is not null)
            {
                w.WriteString("note", Image.Note);
            }

            if (OverridesIgnored.Count > 0)
            {
                w.WriteStartArray("overridesIgnored");
                OverridesIgnored.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public string ToText()
    {
        var stats = ThermalStatistics.Of(Image.Map.Values);
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var camera = string.Join(' ', new[] { Make, Model }.Where(t => !string.IsNullOrWhiteSpace(t)));
        text.AppendLine(inv, $"{Path.GetFileName(File)}: {(camera.Length == 0 ? "camera not stated" : camera)}, {Image.Format}, {Image.Map.Width}x{Image.Map.Height}");
        var label = Image.Map.IsAbsolute ? "Temperature (°C)" : "Counts (relative, NOT Celsius)";
        text.AppendLine(inv, $"{label}: min {stats.Min:0.00}  max {stats.Max:0.00}  mean {stats.Mean:0.00}");
        if (stats.InvalidPixels > 0)
        {
            text.AppendLine(inv, $"{stats.InvalidPixels} pixels lie outside the radiometric model and are left out.");
        }

        if (Image.Parameters is { } p)
        {
            text.AppendLine(inv, $"Emissivity {p.Emissivity:0.###}, distance {p.ObjectDistanceMeters:0.##} m, reflected {p.ReflectedTemperatureCelsius:0.##} °C, "
                + $"air {p.AtmosphericTemperatureCelsius:0.##} °C, humidity {p.RelativeHumidity * 100:0.#} %, IR window {p.IrWindowTemperatureCelsius:0.##} °C / {p.IrWindowTransmission:0.###}");
        }

        if (Image.Planck is { } k)
        {
            text.AppendLine(inv, $"Planck R1 {(float)k.R1}, B {(float)k.B}, F {(float)k.F}, O {k.O}, R2 {(float)k.R2}"); // stored as float32
        }

        if (Image.Note is not null)
        {
            text.AppendLine($"Note: {Image.Note}.");
        }

        if (OverridesIgnored.Count > 0)
        {
            text.AppendLine($"Overrides do not apply to {Image.Format} files; ignored: {string.Join(", ", OverridesIgnored.Select(o => "--" + o))}.");
        }

        return text.ToString();
    }

    private static void WriteParameters(Utf8JsonWriter w, RadiometricParameters? p)
    {
        if (p is null)
        {
            w.WriteNull("parameters");
            return;
        }

        w.WriteStartObject("parameters");
        JsonNumbers.Write(w, "emissivity", p.Emissivity);
        JsonNumbers.Write(w, "objectDistanceMeters", p.ObjectDistanceMeters);
        JsonNumbers.Write(w, "reflectedTemperatureCelsius", p.ReflectedTemperatureCelsius);
        JsonNumbers.Write(w, "atmosphericTemperatureCelsius", p.AtmosphericTemperatureCelsius);
        JsonNumbers.Write(w, "irWindowTemperatureCelsius", p.IrWindowTemperatureCelsius);
        JsonNumbers.Write(w, "irWindowTransmission", p.IrWindowTransmission);
        JsonNumbers.Write(w, "relativeHumidity", p.RelativeHumidity);
        w.WriteEndObject();
    }

    /// <summary>As stored: emissivity and humidity become fractions; reflection and ambient keep DJI's undocumented units.</summary>
    private static void WriteDji(Utf8JsonWriter w, DjiThermalParams p)
    {
        w.WriteStartObject("djiParameters");
        JsonNumbers.Write(w, "objectDistanceMeters", p.ObjectDistanceMeters);
        JsonNumbers.Write(w, "relativeHumidity", p.RelativeHumidityPercent / 100.0);
        JsonNumbers.Write(w, "emissivity", p.Emissivity / 100.0);
        w.WriteNumber("reflectionAsStored", p.Reflection);
        w.WriteNumber("ambientTemperatureAsStored", p.AmbientTemperature);
        w.WriteEndObject();
    }

    private static void WritePlanck(Utf8JsonWriter w, PlanckConstants? k)
    {
        if (k is null)
        {
            w.WriteNull("planck");
            return;
        }

        w.WriteStartObject("planck");
        JsonNumbers.Write(w, "r1", k.R1);
        JsonNumbers.Write(w, "b", k.B);
        JsonNumbers.Write(w, "f", k.F);
        JsonNumbers.Write(w, "o", k.O);
        JsonNumbers.Write(w, "r2", k.R2);
        w.WriteEndObject();
    }
}
