using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Index;
using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Tests.Index;

public sealed class FindingIndexTests
{
    private sealed record Spot(string Id, double Lon, double Lat);

    [Fact]
    public void QueryReturnsExactlyThePointsInsideTheBox()
    {
        var random = new Random(3);
        var spots = Enumerable.Range(0, 5000).Select(i => new Spot($"F{i}", 8 + random.NextDouble(), 47 + random.NextDouble())).ToList();
        var index = new FindingIndex<Spot>(spots, s => (s.Lon, s.Lat));

        var found = index.Query(8.2, 47.3, 8.25, 47.41);

        var expected = spots.Where(s => s.Lon is >= 8.2 and <= 8.25 && s.Lat is >= 47.3 and <= 47.41).Select(s => s.Id).Order();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Select(s => s.Id).Order());
        Assert.Equal(5000, index.Count);
    }

    [Fact]
    public void EmptyIndexAndInvertedBoxAreHandled()
    {
        var empty = new FindingIndex<Spot>([], s => (s.Lon, s.Lat));
        Assert.Empty(empty.Query(0, 0, 1, 1));
        Assert.Throws<ArgumentException>(() => empty.Query(1, 0, 0, 1));
    }

    [Fact]
    public void AssetsInBoxIncludeLinesCrossingItButNotLinesWhoseEnvelopeOnlyOverlaps()
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var empty = new Dictionary<string, string>();
        Asset Pole(string id, double lon, double lat) => new(id, AssetKind.Pole, factory.CreatePoint(new Coordinate(lon, lat)), 10, null, null, null, empty);
        Asset Line(string id, params (double, double)[] p) =>
            new(id, AssetKind.Line, factory.CreateLineString(p.Select(c => new Coordinate(c.Item1, c.Item2)).ToArray()), 9, null, null, null, empty);
        var network = new AssetNetwork(
        [
            Pole("in", 8.5, 47.5),
            Pole("out", 8.7, 47.5),
            Line("crossing", (8.4, 47.5), (8.6, 47.5)),
            Line("diagonal-past", (8.4, 47.54), (8.5, 47.7)),
        ], []);

        var found = network.InBoundingBox(8.45, 47.45, 8.55, 47.55);

        Assert.Equal(["crossing", "in"], found.Select(a => a.Id).Order());
    }
}
