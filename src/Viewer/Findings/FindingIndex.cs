using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Viewer.Findings;

/// <summary>
/// Every flight's findings in one list, hottest first, held in memory so <c>GET /api/findings</c> filters a list
/// instead of calling a grain per flight per request. <see cref="RefreshAsync"/> lists the flights (one catalog call and
/// one status call per flight) and re-reads a flight's findings only when its progress changed, it was marked stale
/// (a review was recorded), or its last read is older than <see cref="FullReadInterval"/> (the owner of a flight without
/// one is looked up on every refresh: an upload may name its pilot after the flight is listed). Queries read an immutable
/// snapshot, so they never wait for a refresh.
/// </summary>
public sealed class FindingIndex(IFlightQueries flights, IFlightOwners owners, TimeProvider time)
{
    /// <summary>How old a flight's findings may grow before they are read again though its progress did not change.</summary>
    public static readonly TimeSpan FullReadInterval = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly Dictionary<string, FlightEntry> _flights = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _stale = new(StringComparer.Ordinal);
    private volatile Snapshot _snapshot = Snapshot.Of([]);

    /// <summary>Every indexed finding, hottest first (<see cref="IndexedFinding.HottestFirst"/>).</summary>
    public IReadOnlyList<IndexedFinding> All => _snapshot.Items;

    /// <summary>Has the next refresh re-read <paramref name="flightId"/>'s findings.</summary>
    public void MarkStale(string flightId) => _stale[flightId] = true;

    /// <summary>One page of the findings that pass <paramref name="query"/> and that <paramref name="visible"/> admits (by flight id and owner).</summary>
    public FindingPage Query(FindingQuery query, Func<IndexedFinding, bool> visible)
    {
        ArgumentNullException.ThrowIfNull(query);
        var skip = (long)(query.Page - 1) * query.PageSize;
        var total = 0;
        var items = new List<IndexedFinding>(Math.Min(query.PageSize, 256));
        var snapshot = _snapshot;
        var box = query.Box;
        for (var i = 0; i < snapshot.Items.Count; i++)
        {
            // The box is tested on the snapshot's coordinate arrays first: read in order, they stay in the CPU's cache,
            // where following each finding's object to its coordinates would miss it 10,000 times a query.
            if (box is not null && !box.Contains(snapshot.LongitudesDegrees[i], snapshot.LatitudesDegrees[i]))
            {
                continue;
            }

            var finding = snapshot.Items[i];
            if (!query.Matches(finding) || !visible(finding))
            {
                continue;
            }

            if (total >= skip && items.Count < query.PageSize)
            {
                items.Add(finding);
            }

            total++;
        }

        return new FindingPage(total, query.Page, query.PageSize, items);
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var statuses = await flights.ListFlightsAsync(cancellationToken);
            var now = time.GetUtcNow();
            var changed = false;
            foreach (var gone in _flights.Keys.Except(statuses.Select(s => s.FlightId), StringComparer.Ordinal).ToList())
            {
                changed |= _flights.Remove(gone);
            }

            foreach (var status in statuses)
            {
                var stale = _stale.TryRemove(status.FlightId, out _);
                if (!stale && _flights.TryGetValue(status.FlightId, out var entry)
                    && entry.Progress == Progress.Of(status) && now - entry.ReadAtUtc < FullReadInterval)
                {
                    // An upload may name its pilot after the flight is listed; an owner, once set, stays.
                    if (entry.Findings.Count > 0 && entry.Findings[0].Owner is null
                        && await owners.FindOwnerAsync(status.FlightId, cancellationToken) is { } newOwner)
                    {
                        _flights[status.FlightId] = entry with { Findings = entry.Findings.Select(f => f with { Owner = newOwner }).ToList() };
                        changed = true;
                    }

                    continue;
                }

                var findings = await flights.FindFindingsAsync(status.FlightId, cancellationToken) ?? [];
                var owner = await owners.FindOwnerAsync(status.FlightId, cancellationToken);
                _flights[status.FlightId] = new FlightEntry(Progress.Of(status), now, findings.Select(f => Index(status.FlightId, owner, f)).ToList());
                changed = true;
            }

            if (changed)
            {
                var all = _flights.Values.SelectMany(e => e.Findings).ToList();
                all.Sort(IndexedFinding.HottestFirst);
                _snapshot = Snapshot.Of(all);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>
    /// What <c>view=summary</c> leaves out of an item: the per-sighting and per-standard detail and the grading sighting's
    /// reference figures, which a map marker or list row does not show; keys whose value is null are left out too, the
    /// review is its state and event count, the position is rounded to 7 decimals (1 cm). A summary is about a seventh of
    /// the whole item's bytes; the finding panel reads the whole finding when it opens.
    /// </summary>
    public static IReadOnlyList<string> SummaryLeavesOut { get; } =
    [
        "sightings", "grades", "captures", "ruleId", "referenceTemperatureCelsius", "referenceCounts", "referenceSource",
        "ambientTemperatureCelsius", "relativeDifferencePercent", "gradingCapture", "altitudeMeters",
    ];

    /// <summary>The finding's API item: <see cref="FindingJson"/> with "flightId" and "capturedAtUtc" (ISO 8601 UTC or null).</summary>
    public static IndexedFinding Index(string flightId, string? owner, Finding finding)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            FindingJson.Write(json, finding, flightId);
        }

        var item = JsonNode.Parse(buffer.ToArray())!.AsObject();
        item["capturedAtUtc"] = finding.CapturedAtUtc is { } at ? JsonValue.Create(at.UtcDateTime) : null;
        var full = JsonSerializer.SerializeToUtf8Bytes(item);
        foreach (var detail in SummaryLeavesOut)
        {
            item.Remove(detail);
        }

        foreach (var empty in item.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            item.Remove(empty);
        }

        // A marker needs the review's state and whether there is a history, and its place to a centimetre (7 decimals).
        item["review"] = new JsonObject { ["state"] = finding.Review.State, ["eventCount"] = finding.Review.EventCount };
        item["latitudeDegrees"] = Math.Round(finding.LatitudeDegrees, 7);
        item["longitudeDegrees"] = Math.Round(finding.LongitudeDegrees, 7);

        return new IndexedFinding(flightId, owner, finding, full) { SummaryJson = JsonSerializer.SerializeToUtf8Bytes(item) };
    }

    /// <summary>What of a flight's status says its findings may have changed.</summary>
    private readonly record struct Progress(FlightState State, int CapturesTotal, int CapturesDone, int CapturesFailed, int FindingCount)
    {
        public static Progress Of(FlightStatus s) => new(s.State, s.CapturesTotal, s.CapturesDone, s.CapturesFailed, s.FindingCount);
    }

    /// <summary>The findings hottest first, with their positions in arrays of their own for scanning.</summary>
    private sealed record Snapshot(IReadOnlyList<IndexedFinding> Items, double[] LongitudesDegrees, double[] LatitudesDegrees)
    {
        public static Snapshot Of(IReadOnlyList<IndexedFinding> items) => new(
            items,
            items.Select(f => f.Finding.LongitudeDegrees).ToArray(),
            items.Select(f => f.Finding.LatitudeDegrees).ToArray());
    }

    private sealed record FlightEntry(Progress Progress, DateTimeOffset ReadAtUtc, IReadOnlyList<IndexedFinding> Findings);
}

/// <summary>One page of a findings query: how many matched in all, and this page's findings, hottest first.</summary>
public sealed record FindingPage(int Total, int Page, int PageSize, IReadOnlyList<IndexedFinding> Items);
