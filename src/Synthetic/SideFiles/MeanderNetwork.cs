using System.Text.Json;

namespace DroneInspect.Synthetic.SideFiles;

/// <summary>
/// Asset files too big to keep in the repository: a network with a line of a million vertices, written as a stream
/// (the large-network tests and the `network-process` bench).
/// </summary>
public static class MeanderNetwork
{
    /// <summary>
    /// The features of <paramref name="samplePath"/> plus one three-phase line with 1.2 m sag meandering over the same
    /// area (rows of 10,000 vertices 1 m apart, rows 20 m apart, starting at the network's south-west corner).
    /// </summary>
    public static void WriteSampleWithMeanderLine(string samplePath, string path, int vertices)
    {
        using var sample = JsonDocument.Parse(File.ReadAllBytes(samplePath));
        var features = sample.RootElement.GetProperty("features");
        var (lon0, lat0) = SouthWest(features);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var feature in features.EnumerateArray())
        {
            feature.WriteTo(json);
        }

        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("geometry");
        json.WriteString("type", "LineString");
        json.WriteStartArray("coordinates");
        const double metersPerDegreeLat = 111_200;
        var metersPerDegreeLon = metersPerDegreeLat * Math.Cos(lat0 * Math.PI / 180);
        for (var i = 0; i < vertices; i++)
        {
            var (row, offset) = Math.DivRem(i, 10_000);
            var column = row % 2 == 0 ? offset : 9_999 - offset;
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(lon0 + column / metersPerDegreeLon, 8));
            json.WriteNumberValue(Math.Round(lat0 + row * 20 / metersPerDegreeLat, 8));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("id", "L-MEANDER");
        json.WriteString("kind", "line");
        json.WriteNumber("attachmentHeightMeters", 9);
        json.WriteNumber("sagMeters", 1.2);
        json.WriteNumber("phases", 3);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static (double Lon, double Lat) SouthWest(JsonElement features)
    {
        double lon = double.PositiveInfinity, lat = double.PositiveInfinity;
        foreach (var feature in features.EnumerateArray())
        {
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
            foreach (var position in coordinates[0].ValueKind == JsonValueKind.Array ? coordinates.EnumerateArray().ToList() : [coordinates])
            {
                lon = Math.Min(lon, position[0].GetDouble());
                lat = Math.Min(lat, position[1].GetDouble());
            }
        }

        return (lon, lat);
    }
}
