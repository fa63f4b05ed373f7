namespace DroneInspect.Geo.Assets;

/// <summary>Which importer reads an asset file, by extension, and which files a folder holds.</summary>
internal static class AssetFiles
{
    private static readonly string[] Extensions = [".geojson", ".json", ".gpkg", ".shp"];

    /// <summary>The path itself for a file; the asset files directly in a folder (sorted) for a folder.</summary>
    public static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path)
                .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        return File.Exists(path) ? [path] : throw new FileNotFoundException($"Asset file or folder '{path}' does not exist.", path);
    }

    public static (IReadOnlyList<Asset> Assets, IReadOnlyList<AssetProblem> Problems) Read(string file)
    {
        switch (Path.GetExtension(file).ToLowerInvariant())
        {
            case ".geojson" or ".json":
                var network = AssetGeoJsonReader.Read(file);
                return (network.Assets, network.Problems);
            case ".gpkg":
                return AssetGeoPackageReader.Read(file);
            case ".shp":
                return AssetShapefileReader.Read(file);
            default:
                throw new InvalidDataException(
                    $"'{file}': unknown asset file type (use .geojson, .gpkg, .shp or a folder of them).");
        }
    }
}
