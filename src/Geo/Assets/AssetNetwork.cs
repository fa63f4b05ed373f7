namespace DroneInspect.Geo.Assets;

/// <summary>The utility's network as loaded: assets and the features that could not be loaded.</summary>
public sealed class AssetNetwork(IReadOnlyList<Asset> assets, IReadOnlyList<AssetProblem> problems)
{
    public IReadOnlyList<Asset> Assets { get; } = assets;

    public IReadOnlyList<AssetProblem> Problems { get; } = problems;

    /// <summary>Loads a GeoJSON FeatureCollection in WGS84 (the schema assets.geojson of the sample flight uses).</summary>
    public static AssetNetwork LoadGeoJson(string path) => throw new NotImplementedException("Geo helper implements this.");
}
