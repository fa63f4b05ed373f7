using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Projection;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace DroneInspect.Geo.Placement;

/// <summary>
/// The network's 3-D shape in a UTM grid frame, held in an STR-tree by 2-D envelopes so a ray only tests what is near
/// its footprint. Supports and equipment are one <see cref="NetworkElement"/> each; a line is indexed by runs of
/// <see cref="SpansPerChunk"/> spans and its conductor pieces are made only for the spans a query reaches, so memory
/// grows with a line's vertices (three doubles each) and not with its phases times pieces.
/// </summary>
internal sealed class NetworkGeometry
{
    /// <summary>Consecutive spans of a line under one index entry (fewer entries; each query tests at most this many spans more).</summary>
    public const int SpansPerChunk = 32;

    private const double ChunkMeters = 50;
    private static readonly string[] PhaseNames = ["A", "B", "C", "D", "E", "F"];

    private readonly STRtree<NetworkPart> _index = new();

    public NetworkGeometry(AssetNetwork network, PlacementOptions options)
        : this(network, network.Projection, options)
    {
    }

    public NetworkGeometry(AssetNetwork network, UtmProjection projection, PlacementOptions options)
    {
        Projection = projection;
        var (elements, lines) = new NetworkElementBuilder(network, projection, options).Build();
        MinZ = double.PositiveInfinity;
        MaxZ = double.NegativeInfinity;
        foreach (var element in elements)
        {
            var r = element.RadiusMeters;
            var envelope = new Envelope(element.Start.X, element.End.X, element.Start.Y, element.End.Y);
            envelope.ExpandBy(r);
            _index.Insert(envelope, new ElementPart(element));
            MinZ = Math.Min(MinZ, Math.Min(element.Start.Z, element.End.Z) - r);
            MaxZ = Math.Max(MaxZ, Math.Max(element.Start.Z, element.End.Z) + r);
            Count++;
        }

        foreach (var line in lines)
        {
            for (var first = 0; first < line.SpanCount; first += SpansPerChunk)
            {
                var spans = Math.Min(SpansPerChunk, line.SpanCount - first);
                var (minX, minY, maxX, maxY) = line.Bounds(first, first + spans);
                _index.Insert(new Envelope(minX, maxX, minY, maxY), new LineChunk(line, first, spans));
                Count++;
            }

            MinZ = Math.Min(MinZ, line.MinZ);
            MaxZ = Math.Max(MaxZ, line.MaxZ);
        }

        _index.Build();
    }

    public UtmProjection Projection { get; }

    /// <summary>Index entries (elements and line chunks); 0 for a network with nothing to meet.</summary>
    public int Count { get; }

    /// <summary>Lowest point of any element (grid Z, metres above sea level); +infinity for an empty network.</summary>
    public double MinZ { get; }

    public double MaxZ { get; }

    /// <summary>
    /// Adds to <paramref name="found"/> the elements whose envelope comes within the margin of the ray's footprint between
    /// tMin and tMax, queried in chunks so a long oblique ray does not sweep a huge box. The margin (metres, by range)
    /// must not decrease with range: each chunk uses the margin at its far end. A support or equipment element may be
    /// added more than once; a conductor span's pieces are made once per call.
    /// </summary>
    public void Query(Vector3D origin, Vector3D direction, double tMin, double tMax, Func<double, double> marginMeters, List<NetworkElement> found)
    {
        if (Count == 0 || !(tMax > tMin))
        {
            return;
        }

        var collector = new Collector(found);
        var chunks = Math.Max(1, (int)Math.Ceiling((tMax - tMin) / ChunkMeters));
        var step = (tMax - tMin) / chunks;
        for (var i = 0; i < chunks; i++)
        {
            var a = origin + direction * (tMin + i * step);
            var b = origin + direction * (tMin + (i + 1) * step);
            var envelope = new Envelope(a.X, b.X, a.Y, b.Y);
            envelope.ExpandBy(marginMeters(tMin + (i + 1) * step));
            collector.Envelope = envelope;
            _index.Query(envelope, collector);
        }
    }

    /// <summary>Name of phase k (0-based, right to left looking from a span's first support to its second).</summary>
    internal static string PhaseName(int k) => k < PhaseNames.Length ? PhaseNames[k] : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One index entry: a support or equipment element, or a run of a line's spans.</summary>
    private abstract class NetworkPart;

    private sealed class ElementPart(NetworkElement element) : NetworkPart
    {
        public NetworkElement Element { get; } = element;
    }

    private sealed class LineChunk(ConductorLine line, int firstSpan, int spanCount) : NetworkPart
    {
        public ConductorLine Line { get; } = line;

        public int FirstSpan { get; } = firstSpan;

        public int SpanCount { get; } = spanCount;
    }

    /// <summary>Adds the tree's hits to the caller's list: elements as they are, a chunk's spans near the query box made into pieces once.</summary>
    private sealed class Collector(List<NetworkElement> found) : NetTopologySuite.Index.IItemVisitor<NetworkPart>
    {
        private HashSet<(ConductorLine Line, int Span)>? _madeSpans;

        public Envelope Envelope { get; set; } = new();

        public void VisitItem(NetworkPart item)
        {
            switch (item)
            {
                case ElementPart part:
                    found.Add(part.Element);
                    break;
                case LineChunk chunk:
                    for (var span = chunk.FirstSpan; span < chunk.FirstSpan + chunk.SpanCount; span++)
                    {
                        var (minX, minY, maxX, maxY) = chunk.Line.Bounds(span, span + 1);
                        if (maxX >= Envelope.MinX && minX <= Envelope.MaxX && maxY >= Envelope.MinY && minY <= Envelope.MaxY
                            && (_madeSpans ??= []).Add((chunk.Line, span)))
                        {
                            chunk.Line.AddSpanElements(span, found);
                        }
                    }

                    break;
            }
        }
    }
}
