using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Orleans.Storage;

namespace DroneInspect.Grains.Storage;

/// <summary>
/// Grain state in one embedded SQLite file: one row per (grain type, grain id, state name) holding the state as plain
/// System.Text.Json (no type names, so it stays readable and survives refactoring). Writes are guarded by an etag:
/// a write or clear against a row someone else changed throws <see cref="InconsistentStateException"/>.
/// </summary>
public sealed class SqliteGrainStorage(string name, SqliteGrainStorageOptions options) : IGrainStorage
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(options.DatabasePath),
        Pooling = true,
    }.ToString();

    private bool _schemaReady;

    public string Name { get; } = name;

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, "SELECT etag, payload FROM grain_state WHERE grain_type=$t AND grain_id=$i AND state_name=$s", stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.ETag = reader.GetString(0);
        grainState.State = JsonSerializer.Deserialize<T>(reader.GetString(1), Json)
            ?? throw new InvalidDataException($"Stored state {stateName} of {grainId} is null.");
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var newEtag = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync();
        var sql = grainState.ETag is null
            ? "INSERT INTO grain_state (grain_type, grain_id, state_name, etag, payload, updated_utc) VALUES ($t, $i, $s, $new, $p, $u) ON CONFLICT DO NOTHING"
            : "UPDATE grain_state SET etag=$new, payload=$p, updated_utc=$u WHERE grain_type=$t AND grain_id=$i AND state_name=$s AND etag=$old";
        await using var command = Command(connection, sql, stateName, grainId);
        command.Parameters.AddWithValue("$new", newEtag);
        command.Parameters.AddWithValue("$old", (object?)grainState.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$p", JsonSerializer.Serialize(grainState.State, Json));
        command.Parameters.AddWithValue("$u", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw await ConflictAsync(connection, stateName, grainId, grainState.ETag);
        }

        grainState.ETag = newEtag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync();
        if (grainState.ETag is not null)
        {
            await using var command = Command(connection, "DELETE FROM grain_state WHERE grain_type=$t AND grain_id=$i AND state_name=$s AND etag=$old", stateName, grainId);
            command.Parameters.AddWithValue("$old", grainState.ETag);
            if (await command.ExecuteNonQueryAsync() != 1)
            {
                throw await ConflictAsync(connection, stateName, grainId, grainState.ETag);
            }
        }
        else if (await StoredEtagAsync(connection, stateName, grainId) is not null)
        {
            throw await ConflictAsync(connection, stateName, grainId, null);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private async Task<InconsistentStateException> ConflictAsync(SqliteConnection connection, string stateName, GrainId grainId, string? expected)
    {
        var stored = await StoredEtagAsync(connection, stateName, grainId);
        return new InconsistentStateException(
            $"State {stateName} of {grainId} in storage '{Name}' was changed by someone else (etag {stored ?? "none"}, expected {expected ?? "none"}).",
            stored ?? string.Empty,
            expected ?? string.Empty);
    }

    private static async Task<string?> StoredEtagAsync(SqliteConnection connection, string stateName, GrainId grainId)
    {
        await using var command = Command(connection, "SELECT etag FROM grain_state WHERE grain_type=$t AND grain_id=$i AND state_name=$s", stateName, grainId);
        return await command.ExecuteScalarAsync() as string;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string stateName, GrainId grainId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$t", grainId.Type.ToString());
        command.Parameters.AddWithValue("$i", grainId.Key.ToString());
        command.Parameters.AddWithValue("$s", stateName);
        return command;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        if (!_schemaReady)
        {
            await _schemaLock.WaitAsync();
            try
            {
                if (!_schemaReady)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath))!);
                    await using var setup = new SqliteConnection(_connectionString);
                    await setup.OpenAsync();
                    await using var command = setup.CreateCommand();
                    command.CommandText = """
                        PRAGMA journal_mode=WAL;
                        CREATE TABLE IF NOT EXISTS grain_state (
                            grain_type TEXT NOT NULL, grain_id TEXT NOT NULL, state_name TEXT NOT NULL,
                            etag TEXT NOT NULL, payload TEXT NOT NULL, updated_utc TEXT NOT NULL,
                            PRIMARY KEY (grain_type, grain_id, state_name));
                        """;
                    await command.ExecuteNonQueryAsync();
                    _schemaReady = true;
                }
            }
            finally
            {
                _schemaLock.Release();
            }
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
