using DroneInspect.Grains.Reminders;

namespace DroneInspect.Grains.Tests.Reminders;

public sealed class SqliteReminderTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("di-reminders-").FullName;

    private string DatabasePath => Path.Combine(_folder, "nested", "reminders.db");

    [Fact]
    public async Task RowsSurviveANewTableOnTheSameFile()
    {
        var first = await StartedAsync();
        var grain = GrainId.Create("case", "C-1");
        var start = new DateTime(2026, 12, 10, 9, 0, 0, DateTimeKind.Utc);
        var etag = await first.UpsertRow(Entry(grain, "follow-up", start, TimeSpan.FromHours(1)));

        var second = await StartedAsync();
        var row = await second.ReadRow(grain, "follow-up");

        Assert.NotNull(row);
        Assert.Equal((grain, "follow-up", start, TimeSpan.FromHours(1), etag), (row.GrainId, row.ReminderName, row.StartAt, row.Period, row.ETag));
        Assert.Single((await second.ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task UpsertReplacesTheRowWithANewEtagAndRemoveNeedsTheCurrentOne()
    {
        var table = await StartedAsync();
        var grain = GrainId.Create("case", "C-2");
        var old = await table.UpsertRow(Entry(grain, "escalate", DateTime.UtcNow, TimeSpan.FromMinutes(5)));
        var current = await table.UpsertRow(Entry(grain, "escalate", DateTime.UtcNow, TimeSpan.FromMinutes(10)));

        Assert.NotEqual(old, current);
        Assert.Equal(TimeSpan.FromMinutes(10), (await table.ReadRow(grain, "escalate"))!.Period);
        Assert.False(await table.RemoveRow(grain, "escalate", old!));
        Assert.True(await table.RemoveRow(grain, "escalate", current!));
        Assert.Null(await table.ReadRow(grain, "escalate"));
    }

    [Fact]
    public async Task RangeReadsTakeRowsWhoseHashIsAboveBeginUpToEndAndWrapAround()
    {
        var table = await StartedAsync();
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Create("case", $"C-{i}")).ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(Entry(grain, "r", DateTime.UtcNow, TimeSpan.FromMinutes(1)));
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        var (low, high) = (hashes[10], hashes[30]);
        var inside = (await table.ReadRows(low, high)).Reminders.Select(r => r.GrainId.GetUniformHashCode()).Order().ToList();
        var wrapped = (await table.ReadRows(high, low)).Reminders.Select(r => r.GrainId.GetUniformHashCode()).Order().ToList();

        Assert.Equal(hashes.Where(h => h > low && h <= high), inside);
        Assert.Equal(hashes.Where(h => h > high || h <= low), wrapped);
        Assert.Equal(40, inside.Count + wrapped.Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<SqliteReminderTable> StartedAsync()
    {
        var table = new SqliteReminderTable(DatabasePath);
        await table.StartAsync();
        return table;
    }

    private static ReminderEntry Entry(GrainId grain, string name, DateTime startUtc, TimeSpan period) =>
        new() { GrainId = grain, ReminderName = name, StartAt = startUtc, Period = period };
}
