using Microsoft.Data.Sqlite;

namespace DroneInspect.Viewer.Hosting;

/// <summary>
/// The viewer's own SQLite file under the data folder (users, API tokens, flight owners), apart from the grain state.
/// The schema is created on first use.
/// </summary>
public sealed class ViewerDatabase
{
    public const string FileName = "viewer.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS users (
            name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            roles TEXT NOT NULL,
            failed_sign_ins INTEGER NOT NULL DEFAULT 0,
            locked_until_ticks INTEGER NULL);
        CREATE TABLE IF NOT EXISTS api_tokens (
            id TEXT NOT NULL PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE,
            user_name TEXT NOT NULL COLLATE NOCASE,
            label TEXT NOT NULL,
            created_ticks INTEGER NOT NULL,
            revoked_ticks INTEGER NULL);
        CREATE TABLE IF NOT EXISTS flight_owners (
            flight_id TEXT NOT NULL PRIMARY KEY,
            owner TEXT NOT NULL COLLATE NOCASE);
        """;

    private readonly string _connectionString;

    public ViewerDatabase(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        Path = System.IO.Path.Combine(dataFolder, FileName);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;" + Schema;
        command.ExecuteNonQuery();
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
