using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace DroneInspect.Geo.Index;

/// <summary>
/// Points (findings, or anything with a WGS84 position) in an STR-tree for the map's bounding-box queries. Built once
/// from a snapshot (rebuild when the findings change); queries are read-only and safe from many threads.
/// Degrees, X = longitude, Y = latitude.
/// </summary>
public sealed class FindingIndex<T>
{
    private readonly STRtree<T> _tree;

    /// <param name="items">The items to index.</param>
    /// <param name="position">An item's (longitude, latitude) in degrees; items at a non-finite position are left out.</param>
    public FindingIndex(IEnumerable<T> items, Func<T, (double LongitudeDegrees, double LatitudeDegrees)> position)
    {
        _tree = new STRtree<T>();
        foreach (var item in items)
        {
            var (lon, lat) = position(item);
            if (double.IsFinite(lon) && double.IsFinite(lat))
            {
                _tree.Insert(new Envelope(lon, lon, lat, lat), item);
                Count++;
            }
        }

        _tree.Build();
    }

    public int Count { get; }

    /// <summary>Items whose position lies in the box (edges included).</summary>
    public IList<T> Query(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude)
    {
        var found = new List<T>();
        Query(minLongitude, minLatitude, maxLongitude, maxLatitude, found);
        return found;
    }

    /// <summary>Adds the items in the box to <paramref name="found"/> (reuse one list across map refreshes: no allocation).</summary>
    public void Query(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude, List<T> found)
    {
        if (minLongitude > maxLongitude || minLatitude > maxLatitude)
        {
            throw new ArgumentException("A bounding box needs min <= max for longitude and latitude.");
        }

        if (Count > 0)
        {
            _tree.Query(new Envelope(minLongitude, maxLongitude, minLatitude, maxLatitude), new Collector(found));
        }
    }

    private sealed class Collector(List<T> found) : NetTopologySuite.Index.IItemVisitor<T>
    {
        public void VisitItem(T item) => found.Add(item);
    }
}
