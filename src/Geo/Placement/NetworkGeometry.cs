using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Projection;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace DroneInspect.Geo.Placement;

/// <summary>
/// The network's 3-D shape in its UTM grid frame, split into <see cref="NetworkElement"/>s held in an STR-tree by their
/// 2-D envelopes so a ray only tests the elements near its footprint.
/// </summary>
internal sealed class NetworkGeometry
{
    private const double ChunkMeters = 50;
    private static readonly string[] PhaseNames = ["A", "B", "C", "D", "E", "F"];

    private readonly STRtree<NetworkElement> _index = new();

    public NetworkGeometry(AssetNetwork network, PlacementOptions options)
    {
        Projection = network.Projection;
        var elements = new NetworkElementBuilder(network, Projection, options).Build();
        MinZ = double.PositiveInfinity;
        MaxZ = double.NegativeInfinity;
        foreach (var element in elements)
        {
            var r = element.RadiusMeters;
            var envelope = new Envelope(element.Start.X, element.End.X, element.Start.Y, element.End.Y);
            envelope.ExpandBy(r);
            _index.Insert(envelope, element);
            MinZ = Math.Min(MinZ, Math.Min(element.Start.Z, element.End.Z) - r);
            MaxZ = Math.Max(MaxZ, Math.Max(element.Start.Z, element.End.Z) + r);
        }

        Count = elements.Count;
        _index.Build();
    }

    public UtmProjection Projection { get; }

    public int Count { get; }

    /// <summary>Lowest point of any element (grid Z, metres above sea level); +infinity for an empty network.</summary>
    public double MinZ { get; }

    public double MaxZ { get; }

    /// <summary>
    /// Adds to <paramref name="found"/> the elements whose envelope comes within the margin of the ray's footprint between
    /// tMin and tMax, queried in chunks so a long oblique ray does not sweep a huge box. The margin (metres, by range)
    /// must not decrease with range: each chunk uses the margin at its far end. An element may be added more than once.
    /// </summary>
    public void Query(Vector3D origin, Vector3D direction, double tMin, double tMax, Func<double, double> marginMeters, List<NetworkElement> found)
    {
        if (Count == 0 || !(tMax > tMin))
        {
            return;
        }

        var chunks = Math.Max(1, (int)Math.Ceiling((tMax - tMin) / ChunkMeters));
        var step = (tMax - tMin) / chunks;
        for (var i = 0; i < chunks; i++)
        {
            var a = origin + direction * (tMin + i * step);
            var b = origin + direction * (tMin + (i + 1) * step);
            var envelope = new Envelope(a.X, b.X, a.Y, b.Y);
            envelope.ExpandBy(marginMeters(tMin + (i + 1) * step));
            _index.Query(envelope, new Collector(found));
        }
    }

    /// <summary>Adds the tree's hits straight to the caller's list (no list per query).</summary>
    private sealed class Collector(List<NetworkElement> found) : NetTopologySuite.Index.IItemVisitor<NetworkElement>
    {
        public void VisitItem(NetworkElement item) => found.Add(item);
    }

    /// <summary>Name of phase k (0-based, right to left looking from a span's first support to its second).</summary>
    internal static string PhaseName(int k) => k < PhaseNames.Length ? PhaseNames[k] : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
