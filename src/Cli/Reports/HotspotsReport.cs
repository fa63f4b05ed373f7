using System.Globalization;
using System.Text;
using System.Text.Json;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Cli.Reports;

/// <summary>
/// What `hotspots` prints. Temperatures Celsius and deltas Kelvin on absolute maps; on a counts map (relative only) every
/// value is in sensor counts, there is no rise over ambient, and the report says so.
/// </summary>
/// <param name="Ambient">The checked ambient: value, source ("option", "file", "assumed" or "scene") and why.</param>
public sealed record HotspotsReport(
    string File, ThermalImage Image, AmbientChoice Ambient, IReadOnlyList<GradedHotspot> Hotspots)
{
    public double AmbientCelsius => Ambient.TemperatureCelsius;

    public string AmbientSource => Ambient.Source;

    private bool Absolute => Image.Map.IsAbsolute;

    private string Unit => Absolute ? "C" : "counts";

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(Inv($"{Path.GetFileName(File)}: {Image.Map.Width}x{Image.Map.Height} {Image.Format}, {Hotspots.Count} hotspot(s)"));
        if (Absolute)
        {
            text.AppendLine(Inv($"ambient {AmbientCelsius:0.0} C ({AmbientSource})") + (Ambient.Note is { } why ? $": {why}" : string.Empty));
        }
        else
        {
            text.AppendLine("relative map in sensor counts: temperatures and deltas below are counts, not Celsius; no grade by temperature");
        }

        foreach (var (h, i) in Hotspots.Select((h, i) => (h, i + 1)))
        {
            var r = h.Region;
            text.AppendLine(Inv($"#{i} Tmax {r.MaxTemperatureCelsius:0.0} {Unit} at ({r.MaxX}, {r.MaxY}), area {r.AreaPixels} px, mean {r.MeanTemperatureCelsius:0.0} {Unit}, box [{r.Box.X1:0}, {r.Box.Y1:0}, {r.Box.X2:0}, {r.Box.Y2:0}]") +
                (r.IsPartial ? " (partial: on the frame's edge)" : string.Empty));
            text.AppendLine(Inv($"   reference {h.ReferenceTemperatureCelsius:0.0} {Unit} ({h.ReferenceSource}), delta-T {h.DeltaTKelvin:0.0} {(Absolute ? "K" : "counts")}") +
                (Absolute ? Inv($", rise over ambient {h.RiseOverAmbientKelvin:0.0} K, delta_t {Percent(h.RelativeDifferencePercent)}") : string.Empty));
            foreach (var g in h.Grades)
            {
                text.AppendLine($"   {g.Standard}: {g.Level}  [rule {g.RuleId}: {g.Citation}]");
            }

            foreach (var note in h.Notes.Where(n => !n.StartsWith("ambient: ", StringComparison.Ordinal) && !n.StartsWith("region on the frame", StringComparison.Ordinal)))
            {
                text.AppendLine($"   note: {note}");
            }
        }

        return text.ToString();
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("file", Path.GetFullPath(File));
            w.WriteString("format", Image.Format);
            w.WriteNumber("width", Image.Map.Width);
            w.WriteNumber("height", Image.Map.Height);
            w.WriteBoolean("absolute", Absolute);
            w.WriteString("unit", Absolute ? "celsius" : "counts");
            JsonNumbers.Write(w, "ambientCelsius", Absolute ? AmbientCelsius : null);
            w.WriteString("ambientSource", AmbientSource);
            if (Ambient.Note is { } why)
            {
                w.WriteString("ambientNote", why);
            }

            w.WriteStartArray("hotspots");
            foreach (var h in Hotspots)
            {
                WriteHotspot(w, h);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteHotspot(Utf8JsonWriter w, GradedHotspot h)
    {
        var r = h.Region;
        w.WriteStartObject();
        JsonNumbers.Write(w, "tmax", r.MaxTemperatureCelsius);
        w.WriteNumber("x", r.MaxX);
        w.WriteNumber("y", r.MaxY);
        w.WriteNumber("areaPixels", r.AreaPixels);
        JsonNumbers.Write(w, "mean", r.MeanTemperatureCelsius);
        JsonNumbers.WriteBox(w, "box", r.Box);
        JsonNumbers.Write(w, "reference", h.ReferenceTemperatureCelsius);
        w.WriteString("referenceSource", h.ReferenceSource);
        JsonNumbers.Write(w, "deltaT", h.DeltaTKelvin);
        JsonNumbers.Write(w, "riseOverAmbientKelvin", h.RiseOverAmbientKelvin);
        JsonNumbers.Write(w, "relativeDifferencePercent", h.RelativeDifferencePercent);
        w.WriteBoolean("relativeOnly", h.IsRelativeOnly);
        w.WriteBoolean("partial", r.IsPartial);
        w.WriteStartArray("notes");
        foreach (var note in h.Notes)
        {
            w.WriteStringValue(note);
        }

        w.WriteEndArray();
        w.WriteStartArray("grades");
        foreach (var g in h.Grades)
        {
            w.WriteStartObject();
            w.WriteString("standard", g.Standard);
            w.WriteString("level", g.Level);
            w.WriteString("ruleId", g.RuleId);
            w.WriteString("citation", g.Citation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Percent(double? value) =>
        value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a (rise under 10 K or no component reference)";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
