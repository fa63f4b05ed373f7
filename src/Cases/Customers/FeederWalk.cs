using DroneInspect.Geo.Assets;

namespace DroneInspect.Cases.Customers;

/// <summary>
/// Which transformers lie downstream of a point of the network. Convention: a line's <c>supports</c> attribute lists its
/// poles or towers from the source (substation) end, unless the line has the attribute <c>sourceEnd</c> = "last", when
/// they are listed from the far end. Power flows from the source end, so the transformers downstream of support i are
/// those mounted (<c>mountedOn</c>) on supports i..end, support i included: a defect on the pole a transformer hangs on
/// affects it. A line whose first support (source end) lies downstream is a branch fed from there, and is walked too.
/// </summary>
public static class FeederWalk
{
    /// <summary>A line's supports ordered from its source end (see the class summary).</summary>
    public static IReadOnlyList<string> SupportsFromSource(Asset line)
    {
        var supports = line.Supports();
        return line.Attributes.TryGetValue("sourceEnd", out var end) && string.Equals(end.Trim(), "last", StringComparison.OrdinalIgnoreCase)
            ? supports.Reverse().ToList()
            : supports;
    }

    /// <summary>The feeder a line belongs to: its <c>feeder</c>, or its own id when it names none.</summary>
    public static string FeederOf(Asset line) => string.IsNullOrWhiteSpace(line.Feeder) ? line.Id : line.Feeder;

    /// <summary>Transformers downstream of support <paramref name="supportId"/>, each with the line (first reached) that leads there.</summary>
    public static IReadOnlyList<(Asset Transformer, Asset Line)> DownstreamOfSupport(AssetNetwork network, string supportId)
    {
        var start = Lines(network)
            .Select(line => (Line: line, Index: IndexOf(SupportsFromSource(line), supportId)))
            .Where(x => x.Index >= 0)
            .ToList();
        return TransformersOn(network, Walk(network, start));
    }

    /// <summary>Every transformer of <paramref name="line"/>'s feeder: those on its supports and branches, and those whose <c>feeder</c> is its feeder.</summary>
    public static IReadOnlyList<(Asset Transformer, Asset Line)> OnLine(AssetNetwork network, Asset line)
    {
        var onSupports = TransformersOn(network, Walk(network, [(line, 0)]));
        var byFeeder = network.Assets
            .Where(a => a.Kind == AssetKind.Transformer && string.Equals(a.Feeder, FeederOf(line), StringComparison.Ordinal))
            .Where(t => onSupports.All(x => x.Transformer.Id != t.Id))
            .Select(t => (t, line));
        return [.. onSupports, .. byFeeder];
    }

    private static Dictionary<string, Asset> Walk(AssetNetwork network, IEnumerable<(Asset Line, int Index)> start)
    {
        var reached = new Dictionary<string, Asset>(StringComparer.Ordinal); // support id -> the line it was reached on
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(Asset Line, int Index)>(start);
        while (queue.TryDequeue(out var next))
        {
            if (!visited.Add(next.Line.Id))
            {
                continue;
            }

            foreach (var support in SupportsFromSource(next.Line).Skip(next.Index))
            {
                reached.TryAdd(support, next.Line);
            }

            foreach (var branch in Lines(network).Where(l => !visited.Contains(l.Id)))
            {
                if (SupportsFromSource(branch) is [var first, ..] && reached.ContainsKey(first))
                {
                    queue.Enqueue((branch, 0));
                }
            }
        }

        return reached;
    }

    private static List<(Asset Transformer, Asset Line)> TransformersOn(AssetNetwork network, Dictionary<string, Asset> supports) =>
        network.Assets
            .Where(a => a.Kind == AssetKind.Transformer && a.MountedOn() is { } mount && supports.ContainsKey(mount))
            .Select(t => (t, supports[t.MountedOn()!]))
            .ToList();

    private static IEnumerable<Asset> Lines(AssetNetwork network) => network.Assets.Where(a => a.Kind == AssetKind.Line);

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal)) return i;
        }

        return -1;
    }
}
