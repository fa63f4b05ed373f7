using DroneInspect.Geo.Assets;
using NetTopologySuite.Geometries;

namespace DroneInspect.Cases.Tests.Customers;

/// <summary>
/// A small hand-built network. Feeder F1: line L1 over poles P1..P6 listed from the source, transformer TA on P2, TB on
/// P5, meter M1 on TB; a branch L1b tapped at P4 over R1, R2 with TD on R2. Feeder F2: line L2 over towers Q1..Q4 listed
/// from the far end (sourceEnd = last, so power flows Q4 -> Q1), transformer TC on Q3.
/// </summary>
internal static class TestNetwork
{
    public static AssetNetwork Build() => new(
    [
        Line("L1", "F1", ["P1", "P2", "P3", "P4", "P5", "P6"]),
        Line("L1b", "F1", ["P4", "R1", "R2"]),
        Line("L2", "F2", ["Q1", "Q2", "Q3", "Q4"], ("sourceEnd", "last")),
        .. new[] { "P1", "P2", "P3", "P4", "P5", "P6", "R1", "R2" }.Select(id => Asset(id, AssetKind.Pole, null)),
        .. new[] { "Q1", "Q2", "Q3", "Q4" }.Select(id => Asset(id, AssetKind.Tower, null)),
        Asset("TA", AssetKind.Transformer, "F1", ("mountedOn", "P2")),
        Asset("TB", AssetKind.Transformer, "F1", ("mountedOn", "P5")),
        Asset("TD", AssetKind.Transformer, "F1", ("mountedOn", "R2")),
        Asset("TC", AssetKind.Transformer, "F2", ("mountedOn", "Q3")),
        Asset("SW1", AssetKind.Switchgear, "F1", ("mountedOn", "P3")),
        Asset("M1", AssetKind.Meter, null, ("transformer", "TB")),
        Asset("M2", AssetKind.Meter, null),
    ], []);

    private static Asset Line(string id, string feeder, string[] supports, params (string Key, string Value)[] more) =>
        Asset(id, AssetKind.Line, feeder, [("supports", $"[{string.Join(',', supports.Select(s => $"\"{s}\""))}]"), .. more]);

    private static Asset Asset(string id, AssetKind kind, string? feeder, params (string Key, string Value)[] attributes) =>
        new(id, kind, new Point(8.5, 47.4), null, null, null, feeder, attributes.ToDictionary(a => a.Key, a => a.Value));
}
