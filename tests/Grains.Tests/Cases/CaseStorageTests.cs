using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Cases.Planning;
using DroneInspect.Grains.Abstractions.Cases;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DroneInspect.Grains.Tests.Cases;

/// <summary>A case's log in the SQLite file: kept across a cluster restart, and readable JSON without .NET type names.</summary>
public sealed class CaseStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("di-case-store-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task CaseHistoryAndIndexSurviveAClusterRestartAndTheCaseGoesOn()
    {
        var window = new WorkWindow(WorkKind.Inspection, _time.GetUtcNow().AddDays(3), _time.GetUtcNow().AddDays(3).AddHours(1), false, null);
        CaseView before;
        await using (var first = await CaseCluster.StartAsync(_folder, _time))
        {
            var grain = first.Client.GetGrain<ICaseGrain>("C-T7-1");
            await grain.Open(new CaseOpenRequest("flight-1", "T7", ["F1"], CaseUrgency.General, ["A-1"]), "eng.anna");
            _time.Advance(TimeSpan.FromHours(1));
            before = await grain.Plan(window, "svc.chen");
        }

        await using var second = await CaseCluster.StartAsync(_folder, _time);
        var again = second.Client.GetGrain<ICaseGrain>("C-T7-1");
        var history = await again.History();
        var listed = await second.Client.GetGrain<ICaseIndexGrain>(CaseIndex.Key).Find("C-T7-1");
        var notified = await again.MarkNotified(1, "svc.chen");

        Assert.Equal(before.History.Select(h => (h.Sequence, h.Event.Who, h.Event.AtUtc)), history.Select(h => (h.Sequence, h.Event.Who, h.Event.AtUtc)));
        Assert.Equal(window, ((WorkPlanned)history[1].Event).Window);
        Assert.Equal((CaseStatus.Planned, 2), (listed?.Status, listed?.Version));
        Assert.Equal((CaseStatus.CustomersNotified, 3), (notified.Status, notified.History.Count));
    }

    [Fact]
    public async Task StoredCaseJsonNamesEventsShortlyAndHoldsNoTypeNames()
    {
        await using (var cluster = await CaseCluster.StartAsync(_folder, _time))
        {
            var grain = cluster.Client.GetGrain<ICaseGrain>("C-T8-1");
            await grain.Open(new CaseOpenRequest("flight-1", "T8", ["F1"], CaseUrgency.Critical, ["A-1"]), "eng.anna");
            await grain.AddNote("gate code 4711", "svc.chen");
        }

        var payloads = ReadPayloads();

        var log = Assert.Single(payloads, p => p.Contains("C-T8-1", StringComparison.Ordinal) && p.Contains("\"event\":", StringComparison.Ordinal));
        Assert.Contains("\"event\":\"opened\"", log, StringComparison.Ordinal);
        Assert.Contains("\"event\":\"note-added\"", log, StringComparison.Ordinal);
        Assert.Contains("\"urgency\":\"Critical\"", log, StringComparison.Ordinal);
        Assert.Contains(payloads, p => p.Contains("\"status\":\"Opened\"", StringComparison.Ordinal)); // the index row
        Assert.All(payloads, p =>
        {
            Assert.DoesNotContain("DroneInspect.", p, StringComparison.Ordinal);
            Assert.DoesNotContain("Version=", p, StringComparison.Ordinal);
            Assert.DoesNotContain("$type", p, StringComparison.Ordinal);
        });
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private List<string> ReadPayloads()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "inspect.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state";
        using var reader = command.ExecuteReader();
        var payloads = new List<string>();
        while (reader.Read())
        {
            payloads.Add(reader.GetString(0));
        }

        return payloads;
    }
}
