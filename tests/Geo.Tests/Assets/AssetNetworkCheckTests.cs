using DroneInspect.Geo.Assets;

namespace DroneInspect.Geo.Tests.Assets;

/// <summary>Dropped features are counted per reason; a file with nothing usable says why; a file that is not JSON throws.</summary>
public sealed class AssetNetworkCheckTests
{
    [Fact]
    public void DroppedFeaturesAreCountedPerReasonWithAnExample()
    {
        using var file = GeoJsonFile.Collection(
            GeoJsonFile.Point(8.55, 47.37, "\"id\":\"P1\",\"kind\":\"pole\""),
            GeoJsonFile.Point(8.55, 47.37, "\"kind\":\"pole\""),
            GeoJsonFile.Point(8.55, 47.37, "\"id\":\"\",\"kind\":\"pole\""),
            GeoJsonFile.Point(8.55, 47.37, "\"id\":\"L9\",\"kind\":\"line\""),
            GeoJsonFile.Point(485000, 5247000, "\"id\":\"R2\",\"kind\":\"pole\""),
            GeoJsonFile.Point(8.55, 47.37, "\"id\":\"P1\",\"kind\":\"pole\""));

        var network = AssetNetwork.LoadGeoJson(file.Path);
        var lines = AssetNetworkCheck.DroppedLines(network, "assets.geojson");

        Assert.Single(network.Assets);
        Assert.Equal(
            [AssetProblemKind.MissingId, AssetProblemKind.MissingId, AssetProblemKind.WrongGeometryType, AssetProblemKind.OutsideWgs84Range, AssetProblemKind.DuplicateId],
            network.Problems.Select(p => p.Kind));
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("assets.geojson: 2 features dropped: missing id (e.g. (no id): missing id", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("assets.geojson: 1 feature dropped: coordinates outside longitude/latitude range (e.g. R2: position [485000,5247000] is outside WGS84 range", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("assets.geojson: 1 feature dropped: wrong geometry type for its kind (e.g. L9: a line needs a LineString geometry", StringComparison.Ordinal));
        Assert.Contains("assets.geojson: 1 feature dropped: duplicate id (e.g. P1: duplicate id 'P1')", lines);
        Assert.Null(AssetNetworkCheck.Unusable(network, "assets.geojson"));
    }

    [Fact]
    public void OnlyInvalidFeaturesMakeTheFileUnusableWithTheCounts()
    {
        using var file = GeoJsonFile.Collection(
            GeoJsonFile.Point(8.55, 47.37, "\"kind\":\"pole\""),
            GeoJsonFile.Point(8.55, 47.37, "\"kind\":\"pole\""),
            GeoJsonFile.Point(8.55, 47.37, "\"id\":\"L1\",\"kind\":\"line\""));

        var reason = AssetNetworkCheck.Unusable(AssetNetwork.LoadGeoJson(file.Path), "assets.geojson");

        Assert.Equal("assets.geojson has no usable feature: all 3 dropped (missing id: 2; wrong geometry type for its kind: 1)", reason);
    }

    [Fact]
    public void EmptyCollectionIsUnusable()
    {
        using var file = GeoJsonFile.Collection();

        Assert.Equal("a.geojson has no usable feature: it holds no features", AssetNetworkCheck.Unusable(AssetNetwork.LoadGeoJson(file.Path), "a.geojson"));
    }

    [Theory]
    [InlineData("not json at all", "is not valid JSON")]
    [InlineData("""{"type":"Feature","properties":{}}""", "is not a GeoJSON FeatureCollection")]
    public void FileThatIsNotAFeatureCollectionThrowsWithTheReason(string text, string reason)
    {
        using var file = new GeoJsonFile(text);

        var error = Assert.Throws<InvalidDataException>(() => AssetNetwork.Load(file.Path));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
