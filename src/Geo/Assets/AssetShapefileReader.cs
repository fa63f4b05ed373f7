using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;

namespace DroneInspect.Geo.Assets;

/// <summary>
/// Reads one Esri shapefile of assets (points or polylines; fields named as in <see cref="ShapefileFieldNames"/>).
/// The .prj beside it must name WGS84 geographic coordinates; a missing or other CRS makes every feature a problem
/// (listed with its id), as it would be placed metres to kilometres off.
/// </summary>
internal static class AssetShapefileReader
{
    public static (List<Asset> Assets, List<AssetProblem> Problems) Read(string path)
    {
        var crsProblem = PrjProblem(Path.ChangeExtension(path, ".prj"));
        Feature[] features;
        try
        {
            features = Shapefile.ReadAllFeatures(path);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"'{path}' is not a readable shapefile: {ex.Message}", ex);
        }

        var assets = new List<Asset>();
        var problems = new List<AssetProblem>();
        foreach (var feature in features)
        {
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var name in feature.Attributes.GetNames())
            {
                fields[ShapefileFieldNames.Schema(name)] = feature.Attributes[name];
            }

            var id = fields.GetValueOrDefault("id") is string s && s.Trim().Length > 0 ? s.Trim() : null;
            Asset? asset = null;
            var problem = crsProblem ?? AssetRecord.TryBuild(fields, feature.Geometry, out asset);
            if (problem is null)
            {
                assets.Add(asset!);
            }
            else
            {
                problems.Add(new AssetProblem(id, $"{Path.GetFileName(path)}: {problem.Value.Text}", problem.Value.Kind));
            }
        }

        return (assets, problems);
    }

    /// <summary>Null when the .prj names WGS84 longitude/latitude; else why the CRS is not accepted.</summary>
    private static AssetIssue? PrjProblem(string prjPath)
    {
        if (!File.Exists(prjPath))
        {
            return new AssetIssue(AssetProblemKind.UnsupportedCrs, $"no {Path.GetFileName(prjPath)} beside the shapefile: its CRS is unknown (WGS84 longitude/latitude expected)");
        }

        var wkt = File.ReadAllText(prjPath).Trim();
        var geographic = wkt.StartsWith("GEOGCS[", StringComparison.OrdinalIgnoreCase)
            || wkt.StartsWith("GEOGCRS[", StringComparison.OrdinalIgnoreCase);
        var wgs84 = wkt.Contains("WGS_1984", StringComparison.OrdinalIgnoreCase) || wkt.Contains("WGS 84", StringComparison.OrdinalIgnoreCase)
            || wkt.Contains("WGS84", StringComparison.OrdinalIgnoreCase);
        if (geographic && wgs84)
        {
            return null;
        }

        var name = wkt.Length > 60 ? wkt[..60] + "..." : wkt;
        return new AssetIssue(AssetProblemKind.UnsupportedCrs, $"crs '{name}' in {Path.GetFileName(prjPath)} is not WGS84 longitude/latitude");
    }
}
