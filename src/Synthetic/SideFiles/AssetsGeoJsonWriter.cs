using System.Text.Json;
using DroneInspect.Synthetic.Geometry;
using DroneInspect.Synthetic.Scene;

namespace DroneInspect.Synthetic.SideFiles;

/// <summary>Writes assets.geojson: poles, towers, the transformer and both lines, WGS84 [lon, lat].</summary>
internal static class AssetsGeoJsonWriter
{
    public static void Write(string path, SceneModel scene)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var s in scene.Supports)
        {
            Feature(json, s.Id, s.Kind, () => Point(json, scene.Frame, s.Base), () =>
            {
                json.WriteNumber("heightMeters", s.HeightMeters);
                json.WriteString("type", s.Type);
                json.WriteNumber("groundElevationMeters", scene.Frame.GroundElevationMeters);
                json.WriteNumber("attachmentHeightMeters", Math.Round(s.AttachmentHeightMeters, 2));
            });
        }

        var t = scene.Transformer;
        Feature(json, t.Id, "transformer", () => Point(json, scene.Frame, t.Position), () =>
        {
            json.WriteString("mountedOn", t.PoleId);
            json.WriteNumber("mountHeightMeters", t.MountHeightMeters);
            json.WriteNumber("ratingKva", t.RatingKva);
            json.WriteString("feeder", t.Feeder);
            json.WriteNumber("voltageKv", t.VoltageKv);
            json.WriteNumber("groundElevationMeters", scene.Frame.GroundElevationMeters);
        });

        foreach (var line in scene.Lines)
        {
            var supports = line.SupportIds.Select(id => scene.Supports.Single(s => s.Id == id)).ToList();
            Feature(json, line.Id, "line", () =>
            {
                json.WriteString("type", "LineString");
                json.WriteStartArray("coordinates");
                foreach (var s in supports) Position(json, scene.Frame, s.Base);
                json.WriteEndArray();
            }, () =>
            {
                json.WriteNumber("voltageKv", line.VoltageKv);
                json.WriteString("feeder", line.Feeder);
                json.WriteStartArray("supports");
                foreach (var id in line.SupportIds) json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteNumber("phases", 3);
                json.WriteNumber("phaseSpacingMeters", line.PhaseSpacingMeters);
                json.WriteNumber("attachmentHeightMeters", line.AttachmentHeightMeters);
                json.WriteNumber("sagMeters", line.SagMeters);
            });
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Feature(Utf8JsonWriter json, string id, string kind, Action geometry, Action properties)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", id);
        json.WriteStartObject("geometry");
        geometry();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("id", id);
        json.WriteString("kind", kind);
        properties();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Point(Utf8JsonWriter json, LocalFrame frame, Vec3 p)
    {
        json.WriteString("type", "Point");
        json.WritePropertyName("coordinates");
        Position(json, frame, p);
    }

    private static void Position(Utf8JsonWriter json, LocalFrame frame, Vec3 p)
    {
        var (lon, lat, _) = frame.ToWgs84(p);
        json.WriteStartArray();
        json.WriteNumberValue(Math.Round(lon, 8));
        json.WriteNumberValue(Math.Round(lat, 8));
        json.WriteEndArray();
    }
}
