using System.Collections.Concurrent;
using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Placement;

namespace DroneInspect.Grains.Capture;

/// <summary>
/// Loads each asset network file once per silo (reloaded when the file changes) and builds its locator (3-D geometry and
/// spatial index, the costly part on a large network) once with it, shared by all capture workers.
/// </summary>
public sealed class AssetNetworkCache
{
    private readonly ConcurrentDictionary<(string Path, DateTime WrittenUtc), Lazy<SightingLocator>> _locators = new();

    /// <summary>The locator over the network in <paramref name="path"/>; throws <see cref="FileNotFoundException"/> when it is missing.</summary>
    public SightingLocator Locator(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Asset network file not found: {fullPath}", fullPath);
        }

        var key = (fullPath, File.GetLastWriteTimeUtc(fullPath));
        return _locators.GetOrAdd(key, k => new Lazy<SightingLocator>(() => new SightingLocator(AssetNetwork.Load(k.Path)))).Value;
    }
}
