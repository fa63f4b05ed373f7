using System.Text.Json;
using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Assets;

/// <summary>
/// Reads the GeoJSON Point and LineString geometries the asset schema uses, checking every position is a finite
/// [longitude, latitude(, elevation)] inside WGS84's range. Own reader rather than a converter so one bad coordinate
/// is one feature's problem, not the whole file's.
/// </summary>
internal static class GeoJsonGeometry
{
    public static AssetIssue? TryRead(JsonElement json, GeometryFactory factory, out Geometry? geometry)
    {
        geometry = null;
        var type = json.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (!json.TryGetProperty("coordinates", out var coordinates))
        {
            return new AssetIssue(AssetProblemKind.UnreadableGeometry, $"geometry {type ?? "(no type)"} has no coordinates");
        }

        switch (type)
        {
            case "Point":
                {
                    var problem = TryReadPosition(coordinates, out var position);
                    geometry = problem is null ? factory.CreatePoint(position) : null;
                    return problem;
                }

            case "LineString":
                {
                    if (coordinates.ValueKind != JsonValueKind.Array)
                    {
                        return new AssetIssue(AssetProblemKind.UnreadableGeometry, "LineString coordinates are not an array");
                    }

                    var positions = new Coordinate[coordinates.GetArrayLength()];
                    var i = 0;
                    foreach (var item in coordinates.EnumerateArray())
                    {
                        if (TryReadPosition(item, out positions[i++]) is { } problem)
                        {
                            return problem;
                        }
                    }

                    if (positions.Length < 2)
                    {
                        return new AssetIssue(AssetProblemKind.InvalidGeometry, "invalid LineString: fewer than 2 positions");
                    }

                    geometry = factory.CreateLineString(positions);
                    return null;
                }

            case null:
                return new AssetIssue(AssetProblemKind.UnreadableGeometry, "geometry has no type");
            default:
                return new AssetIssue(AssetProblemKind.WrongGeometryType, $"geometry type {type} is not used by the asset schema (Point or LineString)");
        }
    }

    private static AssetIssue? TryReadPosition(JsonElement json, out Coordinate position)
    {
        position = new Coordinate();
        if (json.ValueKind != JsonValueKind.Array || json.GetArrayLength() < 2)
        {
            return new AssetIssue(AssetProblemKind.UnreadableGeometry, $"position {json.GetRawText()} is not an array [longitude, latitude]");
        }

        if (!TryFinite(json[0], out var lon) || !TryFinite(json[1], out var lat))
        {
            return new AssetIssue(AssetProblemKind.UnreadableGeometry, $"position {json.GetRawText()} has a coordinate that is not a finite number");
        }

        if (lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            return new AssetIssue(AssetProblemKind.OutsideWgs84Range, $"position {json.GetRawText()} is outside WGS84 range (longitude -180..180, latitude -90..90)");
        }

        position = new Coordinate(lon, lat);
        return null;
    }

    private static bool TryFinite(JsonElement json, out double value)
    {
        value = double.NaN;
        return json.ValueKind == JsonValueKind.Number && json.TryGetDouble(out value) && double.IsFinite(value);
    }
}
