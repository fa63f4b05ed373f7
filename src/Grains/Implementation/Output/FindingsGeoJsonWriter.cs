using System.Text;
using System.Text.Json;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Output;

/// <summary>Writes findings as a GeoJSON FeatureCollection of Points [longitude, latitude, altitude metres] (RFC 7946).</summary>
public static class FindingsGeoJsonWriter
{
    public const string FileName = "findings.geojson";

    public static string ToGeoJson(IReadOnlyList<Finding> findings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var finding in findings)
            {
                WriteFeature(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes <see cref="FileName"/> in <paramref name="outputFolder"/> atomically; returns its path.</summary>
    public static string Write(string outputFolder, IReadOnlyList<Finding> findings)
    {
        var path = Path.Combine(outputFolder, FileName);
        AtomicFile.WriteAllText(path, ToGeoJson(findings));
        return path;
    }

    private static void WriteFeature(Utf8JsonWriter json, Finding f)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", f.Id);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(f.LongitudeDegrees);
        json.WriteNumberValue(f.LatitudeDegrees);
        json.WriteNumberValue(f.AltitudeMeters);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("id", f.Id);
        json.WriteString("kind", f.Kind);
        json.WriteString("assetId", f.AssetId);
        json.WriteString("component", f.Component);
        json.WriteString("grade", f.Grade);
        json.WriteString("rule", f.RuleId);
        WriteNumber(json, "tmaxCelsius", f.MaxTemperatureCelsius);
        WriteNumber(json, "referenceCelsius", f.ReferenceTemperatureCelsius);
        WriteNumber(json, "deltaTKelvin", f.DeltaTKelvin);
        WriteNumber(json, "relativeDifferencePercent", f.RelativeDifferencePercent);
        json.WriteNumber("sightingCount", f.SightingCount);
        json.WriteNumber("uncertaintyMeters", f.UncertaintyMeters);
        json.WriteBoolean("absolute", f.Absolute);
        json.WriteString("unit", UnitOf(f));
        json.WriteStartArray("captures");
        foreach (var capture in f.Captures)
        {
            json.WriteStringValue(capture);
        }

        json.WriteEndArray();
        WriteEvidence(json, f.Evidence);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Each sighting: capture, pixel, temperatures, grade, component, uncertainty.</summary>
    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<FindingEvidence> evidence)
    {
        json.WriteStartArray("sightings");
        foreach (var e in evidence)
        {
            json.WriteStartObject();
            json.WriteString("capture", e.CaptureId);
            WriteNumber(json, "pixelX", e.PixelX);
            WriteNumber(json, "pixelY", e.PixelY);
            WriteNumber(json, "tmaxCelsius", e.MaxTemperatureCelsius);
            WriteNumber(json, "referenceCelsius", e.ReferenceTemperatureCelsius);
            WriteNumber(json, "deltaTKelvin", e.DeltaTKelvin);
            json.WriteString("grade", e.Grade);
            json.WriteString("component", e.Component);
            WriteNumber(json, "uncertaintyMeters", e.UncertaintyMeters);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// What the temperature fields hold: "celsius", or "counts" on a relative map (uncalibrated sensor counts, e.g. DJI
    /// without its Thermal SDK); null when the finding has no temperatures (visual).
    /// </summary>
    public static string? UnitOf(Finding finding) =>
        finding.MaxTemperatureCelsius is null && finding.DeltaTKelvin is null ? null
        : finding.Absolute ? "celsius"
        : "counts";

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, Math.Round(v, 2));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
