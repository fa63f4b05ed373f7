using DroneInspect.Grains.Capture;

namespace DroneInspect.Grains.Tests.Capture;

public sealed class AssetNetworkCacheTests : IDisposable
{
    private const string OnePole = """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[8.5,47.4]},"properties":{"id":"P1","kind":"pole","heightMeters":10}}]}""";

    private readonly string _path = Path.Combine(Path.GetTempPath(), "di-assets-" + Guid.NewGuid().ToString("N") + ".geojson");

    [Fact]
    public void OneLocatorIsBuiltPerNetworkFileAndRebuiltWhenTheFileChanges()
    {
        File.WriteAllText(_path, OnePole);
        var cache = new AssetNetworkCache();

        var first = cache.Locator(_path);
        var again = cache.Locator(_path);
        File.SetLastWriteTimeUtc(_path, File.GetLastWriteTimeUtc(_path).AddSeconds(5));
        var afterChange = cache.Locator(_path);

        Assert.Same(first, again);
        Assert.NotSame(first, afterChange);
    }

    [Fact]
    public void LoadedNetworkCountsDroppedFeaturesAndSaysWhenNothingIsUsable()
    {
        File.WriteAllText(_path, """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[8.5,147.4]},"properties":{"id":"P1","kind":"pole"}}]}""");

        var loaded = new AssetNetworkCache().Load(_path);

        var name = Path.GetFileName(_path);
        Assert.Equal($"{name} has no usable feature: all 1 dropped (coordinates outside longitude/latitude range: 1)", loaded.UnusableReason);
        Assert.StartsWith($"{name}: 1 feature dropped: coordinates outside longitude/latitude range (e.g. P1: position [8.5,147.4]", Assert.Single(loaded.DroppedLines), StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatIsNotJsonIsNamedWithTheReason()
    {
        File.WriteAllText(_path, "<kml/>");

        var error = Assert.Throws<InvalidDataException>(() => new AssetNetworkCache().Load(_path));

        Assert.Contains($"'{_path}' is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingNetworkFileIsNamed()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new AssetNetworkCache().Locator(_path));

        Assert.Contains(_path, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_path);
}
