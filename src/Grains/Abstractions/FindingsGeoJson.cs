using System.Text;
using System.Text.Json;

namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// Findings as a GeoJSON FeatureCollection (RFC 7946) of Points [longitude, latitude, altitude metres], each feature's
/// properties the finding in <see cref="FindingJson"/>'s shape. The one GeoJSON writer: findings.geojson and the HTTP
/// API both use it.
/// </summary>
public static class FindingsGeoJson
{
    /// <summary>The collection; a feature's properties carry <c>flightId</c> when its flight is given.</summary>
    public static string ToGeoJson(IEnumerable<(string? FlightId, Finding Finding)> findings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var (flightId, finding) in findings)
            {
                WriteFeature(json, finding, flightId);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One flight's findings, without a flight id on each feature.</summary>
    public static string ToGeoJson(IEnumerable<Finding> findings) => ToGeoJson(findings.Select(f => ((string?)null, f)));

    private static void WriteFeature(Utf8JsonWriter json, Finding finding, string? flightId)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", finding.Id);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(finding.LongitudeDegrees);
        json.WriteNumberValue(finding.LatitudeDegrees);
        json.WriteNumberValue(finding.AltitudeMeters);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WritePropertyName("properties");
        FindingJson.Write(json, finding, flightId);
        json.WriteEndObject();
    }
}
