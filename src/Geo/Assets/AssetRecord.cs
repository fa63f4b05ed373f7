using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Assets;

/// <summary>
/// Builds an <see cref="Asset"/> from one row of a table (GeoPackage feature table, shapefile record) whose fields are
/// already named as the schema names them. Values arrive as strings or numbers; numbers become invariant text in
/// <see cref="Asset.Attributes"/> exactly as the GeoJSON reader keeps them, and <c>supports</c> given as a comma-separated
/// list becomes the JSON array the schema uses, so all formats load to the same network.
/// </summary>
internal static class AssetRecord
{
    /// <summary>Null and the asset when the row is usable; else the problem.</summary>
    public static AssetIssue? TryBuild(IReadOnlyDictionary<string, object?> fields, Geometry? geometry, out Asset? asset)
    {
        asset = null;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (Text(value) is { Length: > 0 } text)
            {
                attributes[name] = name == "supports" ? SupportsJson(text) : text;
            }
        }

        if (!attributes.TryGetValue("id", out var id) || string.IsNullOrWhiteSpace(id))
        {
            return new AssetIssue(AssetProblemKind.MissingId, "missing id (the id field must be a non-empty string)");
        }

        attributes.TryGetValue("kind", out var kindText);
        if (!AssetSchema.TryParseKind(kindText, out var kind))
        {
            return new AssetIssue(AssetProblemKind.BadKind, kindText is null ? "missing kind" : $"unknown kind '{kindText}'");
        }

        if (geometry is null || geometry.IsEmpty)
        {
            return new AssetIssue(AssetProblemKind.MissingGeometry, "missing geometry");
        }

        geometry = Simplest(geometry);
        var expected = kind == AssetKind.Line ? OgcGeometryType.LineString : OgcGeometryType.Point;
        if (geometry.OgcGeometryType != expected)
        {
            return new AssetIssue(AssetProblemKind.WrongGeometryType, $"a {kindText} needs a {expected} geometry, found {geometry.GeometryType}");
        }

        if (RangeProblem(geometry) is { } range)
        {
            return range;
        }

        if (!geometry.IsValid)
        {
            return new AssetIssue(AssetProblemKind.InvalidGeometry, $"invalid {geometry.GeometryType} geometry");
        }

        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var key in AssetSchema.NumericKeys)
        {
            if (!attributes.TryGetValue(key, out var raw))
            {
                continue;
            }

            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                return new AssetIssue(AssetProblemKind.BadNumber, $"property {key} is not a finite number: {raw}");
            }

            numbers[key] = number;
        }

        attributes.TryGetValue("feeder", out var feeder);
        asset = new Asset(id, kind, geometry, Number(AssetSchema.HeightKey(kind)), Number("groundElevationMeters"),
            Number("voltageKv"), feeder, attributes);
        return null;

        double? Number(string key) => numbers.TryGetValue(key, out var n) ? n : null;
    }

    /// <summary>A field value as the schema's text: strings trimmed, numbers in invariant round-trip form, null when empty.</summary>
    private static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        long or int or short or byte => Convert.ToString(value, CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>"P1,P2" or ["P1","P2"] as the JSON array text the GeoJSON schema stores.</summary>
    private static string SupportsJson(string text) => text.StartsWith('[')
        ? text
        : JsonSerializer.Serialize(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A multi-geometry of one part (how shapefiles store every polyline) as that part.</summary>
    private static Geometry Simplest(Geometry geometry) =>
        geometry is GeometryCollection { NumGeometries: 1 } single ? single.GetGeometryN(0) : geometry;

    private static AssetIssue? RangeProblem(Geometry geometry)
    {
        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y))
            {
                return new AssetIssue(AssetProblemKind.UnreadableGeometry, $"position ({c.X.ToString(CultureInfo.InvariantCulture)}, {c.Y.ToString(CultureInfo.InvariantCulture)}) has a coordinate that is not a finite number");
            }

            if (c.X is < -180 or > 180 || c.Y is < -90 or > 90)
            {
                return new AssetIssue(AssetProblemKind.OutsideWgs84Range, $"position ({c.X.ToString(CultureInfo.InvariantCulture)}, {c.Y.ToString(CultureInfo.InvariantCulture)}) is outside WGS84 range (longitude -180..180, latitude -90..90)");
            }
        }

        return null;
    }
}
