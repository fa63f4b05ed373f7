using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Requests;
using DroneInspect.Geo.Assets;
using NetTopologySuite.Geometries;

namespace DroneInspect.Cases.Tests.Requests;

/// <summary>
/// A small feeder F1 built by hand: trunk L1 runs S0 -> P1 -> P2 -> P3 from the substation, branch L2 leaves P2 for
/// B1 -> B2. Transformer T1 hangs on P3, T2 on B2; meter M1 names T1. Longitudes (120.00x) and latitudes (30.00x)
/// differ so a swapped pair shows.
/// </summary>
internal static class RequestFixtures
{
    public static readonly DateTimeOffset Monday = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static readonly Dictionary<string, (double Lon, double Lat)> Positions = new()
    {
        ["S0"] = (120.000, 30.000),
        ["P1"] = (120.001, 30.0005),
        ["P2"] = (120.002, 30.001),
        ["P3"] = (120.003, 30.0015),
        ["B1"] = (120.002, 30.002),
        ["B2"] = (120.002, 30.003),
    };

    public static readonly Customer Wang = new("1001", "Wang Xiaoming", CustomerType.Household, "+86 138 0000 1111",
        "wang@example.cn", ContactChannel.Sms, "zh-CN", CustomerNeeds.Elderly, "T1", "M1");

    public static readonly Customer[] Customers =
    [
        Wang,
        new("1002", "Li Na", CustomerType.Household, null, null, ContactChannel.Visit, "zh-CN", CustomerNeeds.None, null, "M1"),
        new("1003", "Chen Factory", CustomerType.Industrial, null, "ops@chen.example", ContactChannel.Email, "en", CustomerNeeds.None, "T1", null),
        new("1004", "Zhao Shop", CustomerType.Commercial, null, null, ContactChannel.Visit, "en", CustomerNeeds.None, "T2", null),
        new("1005", "Sun Wei", CustomerType.Household, null, null, ContactChannel.Visit, "en", CustomerNeeds.None, "T1", null),
    ];

    public static AssetNetwork Network(bool trunkListedFromFarEnd = false)
    {
        var assets = Positions.Select(p => Support(p.Key, p.Value.Lon, p.Value.Lat)).ToList();
        assets.Add(trunkListedFromFarEnd
            ? Line("L1", ["P3", "P2", "P1", "S0"], new() { ["sourceEnd"] = "last" })
            : Line("L1", ["S0", "P1", "P2", "P3"], []));
        assets.Add(Line("L2", ["P2", "B1", "B2"], []));
        assets.Add(Equipment("T1", AssetKind.Transformer, 120.0031, 30.0016, new() { ["mountedOn"] = "P3" }));
        assets.Add(Equipment("T2", AssetKind.Transformer, 120.0021, 30.0031, new() { ["mountedOn"] = "B2" }));
        assets.Add(Equipment("M1", AssetKind.Meter, 120.0035, 30.0018, new() { ["transformer"] = "T1" }));
        return new AssetNetwork(assets, []);
    }

    public static CustomerReport Report(string id, string? account, ReportSymptom symptom, DateTimeOffset at, string? text = null,
        string? remarks = null, ReportLocation? location = null, string? address = null) =>
        new(id, account, address, location, symptom, text, at, "operator-7", ReportChannel.Hotline, remarks);

    private static Asset Support(string id, double lon, double lat) =>
        new(id, AssetKind.Pole, Factory.CreatePoint(new Coordinate(lon, lat)), 12, null, 10, "F1", new Dictionary<string, string>());

    private static Asset Equipment(string id, AssetKind kind, double lon, double lat, Dictionary<string, string> attributes) =>
        new(id, kind, Factory.CreatePoint(new Coordinate(lon, lat)), 8, null, 10, "F1", attributes);

    private static Asset Line(string id, string[] supports, Dictionary<string, string> attributes)
    {
        attributes["supports"] = "[" + string.Join(",", supports.Select(s => $"\"{s}\"")) + "]";
        var coordinates = supports.Select(s => new Coordinate(Positions[s].Lon, Positions[s].Lat)).ToArray();
        return new Asset(id, AssetKind.Line, Factory.CreateLineString(coordinates), 10, null, 10, "F1", attributes);
    }
}
