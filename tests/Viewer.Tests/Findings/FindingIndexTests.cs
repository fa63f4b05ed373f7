using System.Text.Json;
using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Viewer.Findings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;

namespace DroneInspect.Viewer.Tests.Findings;

public sealed class FindingIndexTests
{
    private readonly InMemoryFlightQueries _flights = new();
    private readonly InMemoryFlightOwners _owners = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
    private readonly CountingFlightQueries _counting;
    private readonly FindingIndex _index;

    public FindingIndexTests()
    {
        _counting = new CountingFlightQueries(_flights);
        _index = new FindingIndex(_counting, _owners, _time);
        _flights.Add(TestFindings.Status("a", 3),
        [
            TestFindings.Thermal("a1", 63.2, 8.54, 47.37, "general", 1, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)),
            TestFindings.Counts("a2", 9000, 8.55, 47.38),
            TestFindings.Visual("a3", "critical", 3, 8.56, 47.39),
        ]);
        _flights.Add(TestFindings.Status("b", 2),
        [
            TestFindings.Thermal("b1", 120.4, 8.60, 47.40, "critical", 3, new DateTimeOffset(2026, 12, 3, 23, 30, 0, TimeSpan.Zero), ReviewStatus.Confirmed),
            TestFindings.Thermal("b2", 63.2, 8.61, 47.41, "serious", 2),
        ]);
    }

    private static FindingQuery Parse(params (string Key, string Value)[] parameters)
    {
        var query = new QueryCollection(parameters.ToDictionary(p => p.Key, p => new StringValues(p.Value)));
        Assert.True(FindingQuery.TryParse(query, out var parsed, out var errors), string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
        return parsed;
    }

    private IReadOnlyList<string> Ids(FindingQuery query) =>
        _index.Query(query, _ => true).Items.Select(f => f.Finding.Id).ToList();

    [Fact]
    public async Task FindingsAreHottestFirstCelsiusBeforeCountsBeforeVisualWithTiesBySeverity()
    {
        await _index.RefreshAsync(default);

        // b2 and a1 share 63.2 °C: b2 (serious) before a1 (general). Counts are never compared with Celsius.
        Assert.Equal(["b1", "b2", "a1", "a2", "a3"], Ids(Parse()));
    }

    [Fact]
    public async Task FiltersCombineAndPagingCountsEveryMatch()
    {
        await _index.RefreshAsync(default);

        Assert.Equal(["b1", "a3"], Ids(Parse(("grade", "critical"))));
        Assert.Equal(["b1", "b2", "a1"], Ids(Parse(("grade", "Critical,serious,general"), ("kind", "thermal"))));
        Assert.Equal(["a3"], Ids(Parse(("kind", "visual"))));
        Assert.Equal(["b1"], Ids(Parse(("review", "confirmed"))));
        Assert.Equal(["b2", "a1", "a2", "a3"], Ids(Parse(("review", "unreviewed"))));
        Assert.Equal(["a1", "a2", "a3"], Ids(Parse(("flight", "a"))));

        var page = _index.Query(Parse(("page", "2"), ("pageSize", "2")), _ => true);
        Assert.Equal(5, page.Total);
        Assert.Equal(["a1", "a2"], page.Items.Select(f => f.Finding.Id));
        Assert.Empty(_index.Query(Parse(("page", "4"), ("pageSize", "2")), _ => true).Items);
    }

    [Fact]
    public async Task BoundingBoxIsLonLatAndIncludesItsEdges()
    {
        await _index.RefreshAsync(default);

        Assert.Equal(["a1", "a2"], Ids(Parse(("bbox", "8.54,47.37,8.55,47.38"))));
        // Lat/lon swapped finds nothing: the order is minLon,minLat,maxLon,maxLat.
        Assert.Empty(Ids(Parse(("bbox", "47.37,8.54,47.38,8.55"))));
    }

    [Fact]
    public async Task DatesFilterOnTheCaptureTimeAndADateMeansTheWholeDay()
    {
        await _index.RefreshAsync(default);

        Assert.Equal(["b1"], Ids(Parse(("from", "2026-12-03"), ("to", "2026-12-03"))));
        Assert.Equal(["a1"], Ids(Parse(("to", "2026-12-02"))));
        Assert.Equal(["b1"], Ids(Parse(("from", "2026-12-03T23:00:00Z"))));
        // An offset is honoured: 00:30+01:00 is 23:30 UTC the day before, so b1 is at the exclusive upper bound.
        Assert.Equal(["a1"], Ids(Parse(("from", "2026-12-01"), ("to", "2026-12-04T00:30:00+01:00"))));
    }

    [Fact]
    public async Task VisibilityIsDecidedPerFindingWithItsFlightsOwner()
    {
        await _owners.SetOwnerAsync("a", "pilot1", default);
        await _index.RefreshAsync(default);

        var page = _index.Query(Parse(), f => f.Owner == "pilot1");

        Assert.Equal(3, page.Total);
        Assert.All(page.Items, f => Assert.Equal("a", f.FlightId));
    }

    [Fact]
    public async Task AnOwnerNamedAfterTheFlightWasIndexedIsPickedUpOnTheNextRefresh()
    {
        await _index.RefreshAsync(default);
        await _owners.SetOwnerAsync("b", "pilot2", default);
        await _index.RefreshAsync(default);

        Assert.Equal(2, _index.Query(Parse(), f => f.Owner == "pilot2").Total);
        Assert.Equal(1, _counting.FindingReads["b"]);
    }

    [Fact]
    public async Task ItemsAreTheFindingJsonWithFlightIdAndCaptureTime()
    {
        await _index.RefreshAsync(default);

        var items = _index.Query(Parse(("flight", "b")), _ => true).Items;
        var hottest = JsonDocument.Parse(items[0].Json).RootElement;
        var undated = JsonDocument.Parse(items[1].Json).RootElement;

        Assert.Equal("b1", hottest.GetProperty("id").GetString());
        Assert.Equal("b", hottest.GetProperty("flightId").GetString());
        Assert.Equal(120.4, hottest.GetProperty("maxTemperatureCelsius").GetDouble());
        Assert.Equal(new DateTime(2026, 12, 3, 23, 30, 0, DateTimeKind.Utc), hottest.GetProperty("capturedAtUtc").GetDateTime());
        Assert.Equal(JsonValueKind.Null, undated.GetProperty("capturedAtUtc").ValueKind);
        Assert.Equal("confirmed", hottest.GetProperty("review").GetProperty("state").GetString());
    }

    [Fact]
    public async Task RefreshRereadsOnlyFlightsWhoseProgressChangedOrThatWereMarkedStale()
    {
        await _index.RefreshAsync(default);
        await _index.RefreshAsync(default);
        Assert.Equal(1, _counting.FindingReads["a"]);

        _flights.Add(TestFindings.Status("a", 4, capturesDone: 11),
            [.. (await _flights.FindFindingsAsync("a", default))!, TestFindings.Thermal("a4", 200, 8.5, 47.3)]);
        _index.MarkStale("b");
        await _index.RefreshAsync(default);

        Assert.Equal((2, 2), (_counting.FindingReads["a"], _counting.FindingReads["b"]));
        Assert.Equal("a4", _index.All[0].Finding.Id);
    }

    [Fact]
    public async Task UnchangedFlightsAreReadAgainAfterTheFullReadIntervalAndVanishedFlightsLeave()
    {
        await _index.RefreshAsync(default);
        _time.Advance(FindingIndex.FullReadInterval);
        await _index.RefreshAsync(default);
        Assert.Equal(2, _counting.FindingReads["b"]);

        var onlyA = new InMemoryFlightQueries();
        onlyA.Add(TestFindings.Status("a", 3), (await _flights.FindFindingsAsync("a", default))!);
        var index = new FindingIndex(onlyA, _owners, _time);
        await index.RefreshAsync(default);
        Assert.DoesNotContain(index.All, f => f.FlightId == "b");
    }
}
