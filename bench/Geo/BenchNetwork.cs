using System.Text.Json;
using DroneInspect.Geo.Assets;
using NetTopologySuite.Geometries;

namespace DroneInspect.Bench.Geo;

/// <summary>
/// A synthetic distribution network: parallel east-west lines 200 m apart, spans of 60 m between 10 m poles,
/// conductors attached at 9.5 m, three phases 0.7 m apart, 1 m sag. Positions in metres east/north of an origin.
/// </summary>
internal sealed class BenchNetwork
{
    public const double OriginLatitude = 47.0;
    public const double OriginLongitude = 8.0;
    public const double SpanMeters = 60;
    public const double LineSpacingMeters = 200;
    public const double PoleHeightMeters = 10;
    public const double AttachmentMeters = 9.5;
    public const double GroundMeters = 400;
    public const int SpansPerLine = 100;

    public static readonly double MetersPerDegreeLatitude = 111_195.0;
    public static readonly double MetersPerDegreeLongitude = 111_195.0 * Math.Cos(OriginLatitude * Math.PI / 180);

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public BenchNetwork(int spans)
    {
        Lines = Math.Max(1, spans / SpansPerLine);
        var assets = new List<Asset>();
        var noAttributes = new Dictionary<string, string>();
        for (var line = 0; line < Lines; line++)
        {
            var ids = new List<string>();
            var vertices = new List<Coordinate>();
            for (var pole = 0; pole <= SpansPerLine; pole++)
            {
                var (lon, lat) = ToLonLat(pole * SpanMeters, line * LineSpacingMeters);
                var id = $"P-{line}-{pole}";
                ids.Add(id);
                vertices.Add(new Coordinate(lon, lat));
                assets.Add(new Asset(id, AssetKind.Pole, Factory.CreatePoint(new Coordinate(lon, lat)), PoleHeightMeters, GroundMeters, null, null, noAttributes));
            }

            var attributes = new Dictionary<string, string>
            {
                ["supports"] = JsonSerializer.Serialize(ids),
                ["phases"] = "3",
                ["phaseSpacingMeters"] = "0.7",
                ["sagMeters"] = "1",
            };
            assets.Add(new Asset($"L-{line}", AssetKind.Line, Factory.CreateLineString([.. vertices]), AttachmentMeters, GroundMeters, 10, "F", attributes));
        }

        Network = new AssetNetwork(assets, []);
    }

    public int Lines { get; }

    public int Spans => Lines * SpansPerLine;

    public AssetNetwork Network { get; }

    public static (double Lon, double Lat) ToLonLat(double east, double north) =>
        (OriginLongitude + (east / MetersPerDegreeLongitude), OriginLatitude + (north / MetersPerDegreeLatitude));
}
