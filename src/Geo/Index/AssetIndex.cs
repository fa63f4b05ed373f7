using DroneInspect.Geo.Assets;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace DroneInspect.Geo.Index;

/// <summary>
/// A network's assets in an STR-tree by their envelopes, for the map: the assets a bounding box touches (a line counts
/// when it crosses the box, not merely when its envelope does). Read-only after construction; thread-safe to query.
/// </summary>
public sealed class AssetIndex
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private readonly STRtree<Asset> _tree = new();

    public AssetIndex(IEnumerable<Asset> assets)
    {
        foreach (var asset in assets)
        {
            _tree.Insert(asset.Geometry.EnvelopeInternal, asset);
        }

        _tree.Build();
    }

    /// <summary>Assets whose geometry touches the box, in degrees (edges included).</summary>
    public IReadOnlyList<Asset> Query(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude)
    {
        if (minLongitude > maxLongitude || minLatitude > maxLatitude)
        {
            throw new ArgumentException("A bounding box needs min <= max for longitude and latitude.");
        }

        var envelope = new Envelope(minLongitude, maxLongitude, minLatitude, maxLatitude);
        var box = Factory.ToGeometry(envelope);
        return _tree.Query(envelope).Where(a => a.Geometry is Point || a.Geometry.Intersects(box)).ToList();
    }
}
