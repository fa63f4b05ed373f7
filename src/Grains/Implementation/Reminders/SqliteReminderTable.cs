using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DroneInspect.Grains.Reminders;

/// <summary>
/// Orleans reminders kept in the embedded SQLite file, so a follow-up due in a week still fires after the process was
/// restarted (Orleans' in-memory reminder table forgets everything on a restart). One row per (grain id, reminder name);
/// each write gets a new etag, and a remove names the etag it expects. Times are stored as UTC ticks.
/// </summary>
public sealed class SqliteReminderTable(string databasePath) : IReminderTable
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Pooling = true,
    }.ToString();

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS reminders (
                grain_id TEXT NOT NULL, name TEXT NOT NULL, grain_hash INTEGER NOT NULL,
                start_utc_ticks INTEGER NOT NULL, period_ticks INTEGER NOT NULL, etag TEXT NOT NULL,
                PRIMARY KEY (grain_id, name));
            CREATE INDEX IF NOT EXISTS reminders_by_hash ON reminders (grain_hash);
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<ReminderTableData> ReadRows(GrainId grainId)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = Select(connection, "WHERE grain_id=$g");
        command.Parameters.AddWithValue("$g", grainId.ToString());
        return new ReminderTableData(await ReadAllAsync(command));
    }

    /// <summary>Rows whose grain hash lies in (<paramref name="begin"/>, <paramref name="end"/>], wrapping around when begin >= end.</summary>
    public async Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = Select(connection, begin < end
            ? "WHERE grain_hash > $b AND grain_hash <= $e"
            : "WHERE grain_hash > $b OR grain_hash <= $e");
        command.Parameters.AddWithValue("$b", (long)begin);
        command.Parameters.AddWithValue("$e", (long)end);
        return new ReminderTableData(await ReadAllAsync(command));
    }

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = Select(connection, "WHERE grain_id=$g AND name=$n");
        command.Parameters.AddWithValue("$g", grainId.ToString());
        command.Parameters.AddWithValue("$n", reminderName);
        return (await ReadAllAsync(command)).FirstOrDefault();
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var etag = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO reminders (grain_id, name, grain_hash, start_utc_ticks, period_ticks, etag) VALUES ($g, $n, $h, $s, $p, $etag)
            ON CONFLICT (grain_id, name) DO UPDATE SET grain_hash=$h, start_utc_ticks=$s, period_ticks=$p, etag=$etag
            """;
        command.Parameters.AddWithValue("$g", entry.GrainId.ToString());
        command.Parameters.AddWithValue("$n", entry.ReminderName);
        command.Parameters.AddWithValue("$h", (long)entry.GrainId.GetUniformHashCode());
        command.Parameters.AddWithValue("$s", entry.StartAt.ToUniversalTime().Ticks);
        command.Parameters.AddWithValue("$p", entry.Period.Ticks);
        command.Parameters.AddWithValue("$etag", etag);
        await command.ExecuteNonQueryAsync();
        return etag;
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminders WHERE grain_id=$g AND name=$n AND etag=$etag";
        command.Parameters.AddWithValue("$g", grainId.ToString());
        command.Parameters.AddWithValue("$n", reminderName);
        command.Parameters.AddWithValue("$etag", eTag);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    public async Task TestOnlyClearTable()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminders";
        await command.ExecuteNonQueryAsync();
    }

    private static SqliteCommand Select(SqliteConnection connection, string where)
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id, name, start_utc_ticks, period_ticks, etag FROM reminders " + where;
        return command;
    }

    private static async Task<List<ReminderEntry>> ReadAllAsync(SqliteCommand command)
    {
        var rows = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }

        return rows;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
