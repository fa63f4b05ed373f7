using System.Text.Json;
using DroneInspect.Geo.Assets;
using NetTopologySuite.Geometries;

namespace DroneInspect.Viewer.Map;

/// <summary>
/// The configured asset network (any format the importers read: GeoJSON, GeoPackage, shapefile) as one GeoJSON
/// FeatureCollection for the map, [lon, lat] in degrees WGS84. Each feature's properties: id, kind (line, pole, tower,
/// transformer, switchgear, meter), voltageKv, feeder, heightMeters, then the file's other attributes as text; the
/// collection carries its bbox and how many features the importer skipped. Written once per version of the file.
/// </summary>
public sealed class AssetNetworkGeoJson
{
    private readonly Lock _gate = new();
    private (string Path, DateTime WrittenUtc, long Length, byte[] Json)? _cached;

    /// <summary>The network at <paramref name="path"/> as GeoJSON bytes; throws <see cref="InvalidDataException"/> or <see cref="FileNotFoundException"/> as the loader does.</summary>
    public byte[] Read(string path)
    {
        var file = new FileInfo(path);
        var (written, length) = file.Exists ? (file.LastWriteTimeUtc, file.Length) : (Directory.GetLastWriteTimeUtc(path), 0L);
        lock (_gate)
        {
            if (_cached is { } c && c.Path == path && c.WrittenUtc == written && c.Length == length)
            {
                return c.Json;
            }
        }

        var json = Write(AssetNetwork.Load(path));
        lock (_gate)
        {
            _cached = (path, written, length, json);
        }

        return json;
    }

    public static byte[] Write(AssetNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            if (network.Extent is { } box)
            {
                json.WriteStartArray("bbox");
                json.WriteNumberValue(box.MinX);
                json.WriteNumberValue(box.MinY);
                json.WriteNumberValue(box.MaxX);
                json.WriteNumberValue(box.MaxY);
                json.WriteEndArray();
            }

            json.WriteNumber("skippedFeatures", network.Problems.Count);
            json.WriteStartArray("features");
            foreach (var asset in network.Assets)
            {
                WriteFeature(json, asset);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static readonly HashSet<string> Written = new(StringComparer.Ordinal) { "id", "kind", "voltageKv", "feeder", "heightMeters" };

    private static void WriteFeature(Utf8JsonWriter json, Asset asset)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", asset.Id);
        json.WritePropertyName("geometry");
        WriteGeometry(json, asset.Geometry);
        json.WriteStartObject("properties");
        json.WriteString("id", asset.Id);
        json.WriteString("kind", asset.Kind.ToString().ToLowerInvariant());
        WriteNumber(json, "voltageKv", asset.VoltageKilovolts);
        json.WriteString("feeder", asset.Feeder);
        WriteNumber(json, "heightMeters", asset.HeightMeters);
        foreach (var (name, value) in asset.Attributes.Where(a => !Written.Contains(a.Key)).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteGeometry(Utf8JsonWriter json, Geometry geometry)
    {
        json.WriteStartObject();
        switch (geometry)
        {
            case Point p:
                json.WriteString("type", "Point");
                json.WritePropertyName("coordinates");
                WritePosition(json, p.Coordinate);
                break;
            case LineString l:
                json.WriteString("type", "LineString");
                json.WritePropertyName("coordinates");
                WritePositions(json, l.Coordinates);
                break;
            case Polygon polygon:
                json.WriteString("type", "Polygon");
                json.WritePropertyName("coordinates");
                WriteRings(json, polygon);
                break;
            case GeometryCollection collection:
                json.WriteString("type", collection switch { MultiPoint => "MultiPoint", MultiLineString => "MultiLineString", MultiPolygon => "MultiPolygon", _ => "GeometryCollection" });
                if (collection is MultiPoint or MultiLineString or MultiPolygon)
                {
                    json.WriteStartArray("coordinates");
                    foreach (var part in collection.Geometries)
                    {
                        switch (part)
                        {
                            case Point p: WritePosition(json, p.Coordinate); break;
                            case LineString l: WritePositions(json, l.Coordinates); break;
                            case Polygon pg: WriteRings(json, pg); break;
                        }
                    }

                    json.WriteEndArray();
                }
                else
                {
                    json.WriteStartArray("geometries");
                    foreach (var part in collection.Geometries)
                    {
                        WriteGeometry(json, part);
                    }

                    json.WriteEndArray();
                }

                break;
            default:
                throw new InvalidDataException($"Unexpected asset geometry {geometry.GeometryType}.");
        }

        json.WriteEndObject();
    }

    private static void WriteRings(Utf8JsonWriter json, Polygon polygon)
    {
        json.WriteStartArray();
        WritePositions(json, polygon.ExteriorRing.Coordinates);
        foreach (var hole in polygon.InteriorRings)
        {
            WritePositions(json, hole.Coordinates);
        }

        json.WriteEndArray();
    }

    private static void WritePositions(Utf8JsonWriter json, Coordinate[] coordinates)
    {
        json.WriteStartArray();
        foreach (var c in coordinates)
        {
            WritePosition(json, c);
        }

        json.WriteEndArray();
    }

    /// <summary>[lon, lat] (X, Y): the GeoJSON and NetTopologySuite order.</summary>
    private static void WritePosition(Utf8JsonWriter json, Coordinate c)
    {
        json.WriteStartArray();
        json.WriteNumberValue(c.X);
        json.WriteNumberValue(c.Y);
        json.WriteEndArray();
    }
}
