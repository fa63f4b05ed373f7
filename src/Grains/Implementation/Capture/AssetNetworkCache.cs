using System.Collections.Concurrent;
using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Placement;

namespace DroneInspect.Grains.Capture;

/// <summary>
/// Loads each asset network file once per silo and builds its locator (3-D geometry and spatial index) with it, shared
/// by all capture workers. One version per file is kept: when the file changes (write time or length) the next load
/// replaces it, so an edited network neither goes stale nor piles up in memory. The flight grain loads the network
/// before it fans captures out, off any grain call, so a large network never runs into a call timeout.
/// </summary>
public sealed class AssetNetworkCache
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, Lazy<LoadedNetwork> Network)> _byPath = new(StringComparer.Ordinal);

    /// <summary>
    /// The network in <paramref name="path"/> with its locator, loaded on first use. Throws
    /// <see cref="FileNotFoundException"/> when the file is missing and <see cref="InvalidDataException"/> when it cannot
    /// be read at all (not JSON, not a FeatureCollection, unknown extension).
    /// </summary>
    public LoadedNetwork Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath) && !Directory.Exists(fullPath))
        {
            throw new FileNotFoundException($"Asset network file not found: {fullPath}", fullPath);
        }

        var stamp = FileStamp.Of(fullPath);
        var entry = _byPath.AddOrUpdate(
            fullPath,
            p => (stamp, NewLoad(p)),
            (p, current) => current.Stamp == stamp ? current : (stamp, NewLoad(p)));
        return entry.Network.Value;
    }

    /// <summary>The locator over the network in <paramref name="path"/> (see <see cref="Load"/>).</summary>
    public SightingLocator Locator(string path) => Load(path).Locator;

    private static Lazy<LoadedNetwork> NewLoad(string fullPath) => new(() =>
    {
        var network = AssetNetwork.Load(fullPath);
        return new LoadedNetwork(network, new SightingLocator(network), Path.GetFileName(Path.TrimEndingDirectorySeparator(fullPath)));
    });

    private readonly record struct FileStamp(DateTime WrittenUtc, long Length)
    {
        public static FileStamp Of(string path) => File.Exists(path)
            ? new FileStamp(File.GetLastWriteTimeUtc(path), new FileInfo(path).Length)
            : new FileStamp(Directory.GetLastWriteTimeUtc(path), -1);
    }
}

/// <summary>A loaded asset network, its locator, and what its file said.</summary>
/// <param name="SourceName">The file (or folder) name the network came from, as problems name it.</param>
public sealed record LoadedNetwork(AssetNetwork Network, SightingLocator Locator, string SourceName)
{
    /// <summary>One problem line per reason features were dropped, with the count (empty when none were).</summary>
    public IReadOnlyList<string> DroppedLines { get; } = AssetNetworkCheck.DroppedLines(Network, SourceName);

    /// <summary>Why the network cannot serve a flight (no usable feature), or null.</summary>
    public string? UnusableReason { get; } = AssetNetworkCheck.Unusable(Network, SourceName);
}
