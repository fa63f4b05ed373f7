using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Viewer.Findings;

/// <summary>
/// One finding as the index keeps it: its flight, the flight's owner (for pilots' access), and its JSON item
/// (<see cref="FindingJson"/> with <c>flightId</c> and <c>capturedAtUtc</c>) written once when the index refreshed, so a
/// query only filters and copies bytes.
/// </summary>
public sealed record IndexedFinding(string FlightId, string? Owner, Finding Finding, byte[] Json)
{
    /// <summary>The item without its sightings, per-standard grades and capture list (<c>view=summary</c>); the full item when not set.</summary>
    public byte[] SummaryJson { get => field ?? Json; init; }

    /// <summary>
    /// Hottest first: findings in Celsius by Tmax, then findings in sensor counts by their max counts (counts and Celsius
    /// never compared), then visual findings; ties by headline severity, worst first, then flight and id.
    /// </summary>
    public static IComparer<IndexedFinding> HottestFirst { get; } = Comparer<IndexedFinding>.Create(Compare);

    private static int UnitOrder(Finding f) => f.MaxTemperatureCelsius is null ? 2 : f.Absolute ? 0 : 1;

    private static int Compare(IndexedFinding? a, IndexedFinding? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        var x = a.Finding;
        var y = b.Finding;
        var order = UnitOrder(x).CompareTo(UnitOrder(y));
        if (order == 0)
        {
            order = (y.MaxTemperatureCelsius ?? 0).CompareTo(x.MaxTemperatureCelsius ?? 0);
        }

        if (order == 0)
        {
            order = y.HeadlineSeverity.CompareTo(x.HeadlineSeverity);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.FlightId, b.FlightId);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
    }
}
