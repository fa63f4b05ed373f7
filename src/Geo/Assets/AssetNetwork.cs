using DroneInspect.Geo.Index;
using DroneInspect.Geo.Projection;
using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Assets;

/// <summary>The utility's network as loaded: assets and the features that could not be loaded.</summary>
public sealed class AssetNetwork(IReadOnlyList<Asset> assets, IReadOnlyList<AssetProblem> problems)
{
    private readonly Dictionary<string, Asset> _byId = IndexById(assets);
    private readonly Lazy<AssetIndex> _index = new(() => new AssetIndex(assets));
    private readonly Lazy<Envelope?> _extent = new(() => ExtentOf(assets));
    private UtmProjection? _projection;

    public IReadOnlyList<Asset> Assets { get; } = assets;

    public IReadOnlyList<AssetProblem> Problems { get; } = problems;

    /// <summary>
    /// The UTM zone all metric work on this network uses: the zone of the mean asset position (created once, on first use).
    /// A network without assets uses zone 31 north (any zone serves nothing).
    /// </summary>
    public UtmProjection Projection => _projection ??= CreateProjection(Assets);

    /// <summary>
    /// Loads a GeoJSON FeatureCollection in WGS84 (the schema assets.geojson of the sample flight uses). Features that
    /// cannot be used are listed in <see cref="Problems"/>; throws <see cref="InvalidDataException"/> only when the file
    /// is not a JSON FeatureCollection at all.
    /// </summary>
    public static AssetNetwork LoadGeoJson(string path) => AssetGeoJsonReader.Read(path);

    /// <summary>
    /// Loads an asset file chosen by extension: .geojson/.json (GeoJSON), .gpkg (GeoPackage), .shp (Esri shapefile), or
    /// a folder: every such file directly in it (e.g. poles.shp and lines.shp). Features that cannot be used are
    /// listed in <see cref="Problems"/>; throws <see cref="InvalidDataException"/> for a file that cannot be read at all
    /// or an unknown extension, <see cref="FileNotFoundException"/> when the path does not exist.
    /// </summary>
    public static AssetNetwork Load(string path) => Load([path]);

    /// <summary>
    /// Loads several asset files (or folders, see <see cref="Load(string)"/>) into one network; an id met in more than
    /// one file is a problem from the second on.
    /// </summary>
    public static AssetNetwork Load(IEnumerable<string> paths)
    {
        var assets = new List<Asset>();
        var problems = new List<AssetProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in paths.SelectMany(AssetFiles.Expand))
        {
            var (fileAssets, fileProblems) = AssetFiles.Read(file);
            problems.AddRange(fileProblems);
            foreach (var asset in fileAssets)
            {
                if (seen.Add(asset.Id))
                {
                    assets.Add(asset);
                }
                else
                {
                    problems.Add(new AssetProblem(asset.Id, $"{Path.GetFileName(file)}: duplicate id '{asset.Id}'", AssetProblemKind.DuplicateId));
                }
            }
        }

        return new AssetNetwork(AssetLinks.FillMountElevations(assets), problems);
    }

    /// <summary>
    /// The WGS84 box holding every asset, X = longitude, Y = latitude in degrees (computed once); null for a network
    /// without assets.
    /// </summary>
    public Envelope? Extent => _extent.Value;

    /// <summary>
    /// Metres from a WGS84 position (degrees) to the network's extent: 0 inside it, +infinity for a network without
    /// assets. A capture far outside cannot see any asset, and the network's UTM zone does not serve it.
    /// </summary>
    public double DistanceToExtentMeters(double longitudeDegrees, double latitudeDegrees) => Extent is { } box
        ? GreatCircle.DistanceToBoxMeters(longitudeDegrees, latitudeDegrees, box.MinX, box.MinY, box.MaxX, box.MaxY)
        : double.PositiveInfinity;

    /// <summary>Assets touching a WGS84 bounding box in degrees (index built on first use).</summary>
    public IReadOnlyList<Asset> InBoundingBox(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) =>
        _index.Value.Query(minLongitude, minLatitude, maxLongitude, maxLatitude);

    /// <summary>The asset with this id, or null.</summary>
    public Asset? FindById(string id) => _byId.GetValueOrDefault(id);

    private static Dictionary<string, Asset> IndexById(IReadOnlyList<Asset> assets)
    {
        var byId = new Dictionary<string, Asset>(assets.Count, StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            byId.TryAdd(asset.Id, asset);
        }

        return byId;
    }

    private static Envelope? ExtentOf(IReadOnlyList<Asset> assets)
    {
        if (assets.Count == 0)
        {
            return null;
        }

        var box = new Envelope();
        foreach (var asset in assets)
        {
            box.ExpandToInclude(asset.Geometry.EnvelopeInternal);
        }

        return box;
    }

    private static UtmProjection CreateProjection(IReadOnlyList<Asset> assets)
    {
        if (assets.Count == 0)
        {
            return UtmProjection.ForLocation(3, 0);
        }

        double lon = 0, lat = 0;
        foreach (var asset in assets)
        {
            var centre = asset.Geometry.EnvelopeInternal.Centre;
            lon += centre.X;
            lat += centre.Y;
        }

        return UtmProjection.ForLocation(lon / assets.Count, lat / assets.Count);
    }
}
