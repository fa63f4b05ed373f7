using System.Globalization;
using System.Text.Json;

namespace DroneInspect.Cases.Requests;

/// <summary>
/// Writes a target list as a GeoJSON FeatureCollection (RFC 7946: WGS84, [longitude, latitude]). Properties: assetId,
/// kind, priority, reasons, due (ISO 8601 UTC), requestIds, caseIds. No personal data is in a target to write.
/// </summary>
public static class TargetGeoJsonWriter
{
    public static void Write(TargetList list, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var target in list.Targets)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", target.AssetId);
            WriteGeometry(json, TargetShape.Of(target.Geometry));
            json.WriteStartObject("properties");
            json.WriteString("assetId", target.AssetId);
            json.WriteString("kind", target.Kind.ToString().ToLowerInvariant());
            json.WriteString("priority", TargetShape.PriorityName(target.Priority));
            WriteStrings(json, "reasons", target.Reasons);
            json.WriteString("due", target.DueUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            WriteStrings(json, "requestIds", target.RequestIds);
            WriteStrings(json, "caseIds", target.CaseIds);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The GeoJSON text, for callers that want a string.</summary>
    public static string ToText(TargetList list)
    {
        using var buffer = new MemoryStream();
        Write(list, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteGeometry(Utf8JsonWriter json, TargetShape shape)
    {
        json.WriteStartObject("geometry");
        json.WriteString("type", shape.IsLine ? "LineString" : "Point");
        if (shape.IsLine)
        {
            json.WriteStartArray("coordinates");
            foreach (var position in shape.Positions)
            {
                WritePosition(json, position);
            }

            json.WriteEndArray();
        }
        else
        {
            json.WritePropertyName("coordinates");
            WritePosition(json, shape.Positions[0]);
        }

        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, (double LongitudeDegrees, double LatitudeDegrees) position)
    {
        json.WriteStartArray();
        json.WriteNumberValue(position.LongitudeDegrees);
        json.WriteNumberValue(position.LatitudeDegrees);
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
