using System.Diagnostics.CodeAnalysis;
using DroneInspect.Cases.Customers;
using DroneInspect.Geo.Assets;

namespace DroneInspect.Cases.Requests;

/// <summary>
/// Walks the network from a customer towards the feeder's source: meter, service transformer, the support it is mounted
/// on, then the line carrying that support back to its source, and on through the line it branches from. A line's
/// <c>supports</c> run from the source unless its attribute <c>sourceEnd</c> is "last"; a meter may name its
/// transformer in its attribute <c>transformer</c>. Lines and supports are indexed once per network.
/// </summary>
public sealed class SupplyPathFinder
{
    private readonly AssetNetwork _network;
    private readonly Dictionary<string, string[]> _supportsFromSource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Asset Line, int Position)>> _linesBySupport = new(StringComparer.Ordinal);

    public SupplyPathFinder(AssetNetwork network)
    {
        _network = network;
        foreach (var line in network.Assets.Where(a => a.Kind == AssetKind.Line))
        {
            var supports = line.Supports().ToArray();
            if (line.Attributes.TryGetValue("sourceEnd", out var end) && string.Equals(end, "last", StringComparison.OrdinalIgnoreCase))
            {
                Array.Reverse(supports);
            }

            _supportsFromSource[line.Id] = supports;
            for (var i = 0; i < supports.Length; i++)
            {
                if (!_linesBySupport.TryGetValue(supports[i], out var carried))
                {
                    _linesBySupport[supports[i]] = carried = [];
                }

                carried.Add((line, i));
            }
        }
    }

    /// <summary>
    /// The supply path of a customer, found through their transformer (or their meter's <c>transformer</c> attribute when
    /// the customer names none). False, with the reason in words, when no transformer of the network supplies them.
    /// </summary>
    public bool TryFind(Customer customer, [NotNullWhen(true)] out SupplyPath? path, [NotNullWhen(false)] out string? problem)
    {
        var meter = customer.Meter is { Length: > 0 } meterId ? _network.FindById(meterId) : null;
        if (meter is { Kind: not AssetKind.Meter })
        {
            meter = null;
        }

        var transformerId = customer.Transformer is { Length: > 0 } given ? given
            : meter is not null && meter.Attributes.TryGetValue("transformer", out var fromMeter) && fromMeter.Length > 0 ? fromMeter
            : null;
        if (transformerId is null)
        {
            path = null;
            problem = customer.Meter is { Length: > 0 }
                ? $"Customer {customer.Account} names no transformer, and their meter '{customer.Meter}' names none in the network."
                : $"Customer {customer.Account} names neither a transformer nor a meter.";
            return false;
        }

        return TryFind(transformerId, meter?.Id, out path, out problem);
    }

    /// <summary>The supply path of a transformer (and optionally a meter it feeds); false with the reason when it is not a transformer of the network.</summary>
    public bool TryFind(string transformerId, string? meterId, [NotNullWhen(true)] out SupplyPath? path, [NotNullWhen(false)] out string? problem)
    {
        if (_network.FindById(transformerId) is not { Kind: AssetKind.Transformer } transformer)
        {
            path = null;
            problem = $"Transformer '{transformerId}' is not in the network.";
            return false;
        }

        var mount = transformer.MountedOn() is { } mountId && _network.FindById(mountId) is { } support ? support.Id : null;
        var (supports, lines) = mount is null ? ([], []) : WalkToSource(mount, transformer.Feeder);
        path = new SupplyPath(meterId, transformer.Id, mount, supports, lines);
        problem = null;
        return true;
    }

    private (IReadOnlyList<string> Supports, IReadOnlyList<string> Lines) WalkToSource(string mountId, string? feeder)
    {
        var supports = new List<string>();
        var lines = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = mountId;
        var carrier = Carrier(current, feeder, visited, allowSourceEnd: true);
        while (carrier is { } found)
        {
            visited.Add(found.Line.Id);
            lines.Insert(0, found.Line.Id);
            var segment = _supportsFromSource[found.Line.Id].Take(found.Position + 1);
            supports.InsertRange(0, supports.Count == 0 ? segment : segment.SkipLast(1));
            current = _supportsFromSource[found.Line.Id][0];
            carrier = Carrier(current, found.Line.Feeder ?? feeder, visited, allowSourceEnd: false);
        }

        // A line may list a support the network failed to load: the path names only assets it has.
        return (supports.Where(id => _network.FindById(id) is not null).ToList(), lines);
    }

    /// <summary>
    /// The line that feeds a support: one carrying it past its first support (a line starting there flows away from it),
    /// same feeder first, then by id so the walk is repeatable. At the mount, a line starting there is taken when no
    /// other carries it (a transformer on a feeder's first support).
    /// </summary>
    private (Asset Line, int Position)? Carrier(string supportId, string? feeder, HashSet<string> visited, bool allowSourceEnd)
    {
        if (!_linesBySupport.TryGetValue(supportId, out var carried))
        {
            return null;
        }

        var candidates = carried.Where(c => !visited.Contains(c.Line.Id))
            .OrderBy(c => c.Position == 0 ? 1 : 0)
            .ThenBy(c => string.Equals(c.Line.Feeder, feeder, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(c => c.Line.Id, StringComparer.Ordinal)
            .Where(c => allowSourceEnd || c.Position > 0);
        return candidates.Select(c => ((Asset Line, int Position)?)c).FirstOrDefault();
    }
}
