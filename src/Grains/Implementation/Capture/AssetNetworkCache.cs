using System.Collections.Concurrent;
using DroneInspect.Geo.Assets;

namespace DroneInspect.Grains.Capture;

/// <summary>Loads each asset network file once per silo (reloaded when the file changes), shared by all capture workers.</summary>
public sealed class AssetNetworkCache
{
    private readonly ConcurrentDictionary<(string Path, DateTime WrittenUtc), Lazy<AssetNetwork>> _networks = new();

    /// <summary>The network in <paramref name="path"/>; throws <see cref="FileNotFoundException"/> when it is missing.</summary>
    public AssetNetwork Get(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Asset network file not found: {fullPath}", fullPath);
        }

        var key = (fullPath, File.GetLastWriteTimeUtc(fullPath));
        return _networks.GetOrAdd(key, k => new Lazy<AssetNetwork>(() => AssetNetwork.Load(k.Path))).Value;
    }
}
