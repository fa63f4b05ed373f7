using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Assets;

/// <summary>
/// Reads the asset GeoJSON schema feature by feature: a feature that cannot be used becomes an <see cref="AssetProblem"/>
/// (with its id where it has one) and the others still load. Only a file that is not a JSON FeatureCollection throws.
/// </summary>
internal static class AssetGeoJsonReader
{
    private static readonly GeometryFactory Wgs84Factory = new(new PrecisionModel(), 4326);

    public static AssetNetwork Read(string path)
    {
        using var stream = File.OpenRead(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{path}' is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || GetString(root, "type") != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"'{path}' is not a GeoJSON FeatureCollection with a features array.");
            }

            var collectionCrsProblem = CrsProblem(root);
            var assets = new List<Asset>();
            var problems = new List<AssetProblem>();
            var seenIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var feature in features.EnumerateArray())
            {
                var id = FeatureId(feature);
                Asset? asset = null;
                var problem = collectionCrsProblem ?? TryReadFeature(feature, id, out asset);
                if (problem is null && !seenIds.Add(asset!.Id))
                {
                    problem = new AssetIssue(AssetProblemKind.DuplicateId, $"duplicate id '{asset.Id}'");
                }

                if (problem is null)
                {
                    assets.Add(asset!);
                }
                else
                {
                    problems.Add(new AssetProblem(string.IsNullOrEmpty(id) ? null : id, problem.Value.Text, problem.Value.Kind));
                }
            }

            return new AssetNetwork(AssetLinks.FillMountElevations(assets), problems);
        }
    }

    private static AssetIssue? TryReadFeature(JsonElement feature, string? id, out Asset? asset)
    {
        asset = null;
        if (feature.ValueKind != JsonValueKind.Object || GetString(feature, "type") != "Feature")
        {
            return new AssetIssue(AssetProblemKind.NotAFeature, "not a GeoJSON Feature object");
        }

        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return new AssetIssue(AssetProblemKind.NotAFeature, "feature has no properties object");
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            return new AssetIssue(AssetProblemKind.MissingId, "missing id (properties.id must be a non-empty string)");
        }

        var kindText = GetString(properties, "kind");
        if (!AssetSchema.TryParseKind(kindText, out var kind))
        {
            return new AssetIssue(AssetProblemKind.BadKind, kindText is null ? "missing kind" : $"unknown kind '{kindText}'");
        }

        if (CrsProblem(feature) is { } crs)
        {
            return crs;
        }

        if (!feature.TryGetProperty("geometry", out var geometryJson) || geometryJson.ValueKind != JsonValueKind.Object)
        {
            return new AssetIssue(AssetProblemKind.MissingGeometry, "missing geometry");
        }

        var geometryProblem = GeoJsonGeometry.TryRead(geometryJson, Wgs84Factory, out var geometry);
        if (geometryProblem is not null)
        {
            return geometryProblem;
        }

        var expected = kind == AssetKind.Line ? OgcGeometryType.LineString : OgcGeometryType.Point;
        if (geometry!.OgcGeometryType != expected)
        {
            return new AssetIssue(AssetProblemKind.WrongGeometryType, $"a {kindText} needs a {expected} geometry, found {geometry.GeometryType}");
        }

        if (!geometry.IsValid)
        {
            return new AssetIssue(AssetProblemKind.InvalidGeometry, $"invalid {geometry.GeometryType} geometry");
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                attributes[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : property.Value.GetRawText();
            }
        }

        foreach (var key in AssetSchema.NumericKeys)
        {
            if (TryNumber(properties, key, out _) is { } numberProblem)
            {
                return numberProblem;
            }
        }

        TryNumber(properties, AssetSchema.HeightKey(kind), out var height);
        TryNumber(properties, "groundElevationMeters", out var ground);
        TryNumber(properties, "voltageKv", out var voltage);

        asset = new Asset(id, kind, geometry, height, ground, voltage, GetString(properties, "feeder"), attributes);
        return null;
    }

    /// <summary>Null when the element has no crs member or one naming WGS84 longitude/latitude; else the problem.</summary>
    private static AssetIssue? CrsProblem(JsonElement element)
    {
        if (!element.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var name = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out var p)
            && p.ValueKind == JsonValueKind.Object ? GetString(p, "name") : null;
        var accepted = name is not null && (name.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("EPSG::4326", StringComparison.OrdinalIgnoreCase)
            || name.Equals("EPSG:4326", StringComparison.OrdinalIgnoreCase));
        return accepted ? null : new AssetIssue(AssetProblemKind.UnsupportedCrs, $"crs '{name ?? crs.GetRawText()}' is not WGS84 longitude/latitude (CRS84)");
    }

    private static AssetIssue? TryNumber(JsonElement properties, string key, out double? value)
    {
        value = null;
        if (!properties.TryGetProperty(key, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var number) && double.IsFinite(number))
        {
            value = number;
            return null;
        }

        if (element.ValueKind == JsonValueKind.String && double.TryParse(element.GetString(), NumberStyles.Float,
                CultureInfo.InvariantCulture, out number) && double.IsFinite(number))
        {
            value = number;
            return null;
        }

        return new AssetIssue(AssetProblemKind.BadNumber, $"property {key} is not a finite number: {element.GetRawText()}");
    }

    /// <summary>properties.id, else the Feature's own id member; a number id is kept as its JSON text.</summary>
    private static string? FeatureId(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var fromProperties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? IdText(p) : null;
        return fromProperties ?? IdText(feature);

        static string? IdText(JsonElement owner) => owner.TryGetProperty("id", out var id) ? id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        } : null;
    }

    private static string? GetString(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
