using Microsoft.Data.Sqlite;

namespace DroneInspect.Delivery.Outbox;

/// <summary>The outbox file's tables, created idempotently; times are Unix milliseconds (UTC), states and channels lower-case text.</summary>
internal static class OutboxSchema
{
    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS messages (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            idempotency_key TEXT    NOT NULL UNIQUE,
            case_id         TEXT    NOT NULL,
            account         TEXT    NOT NULL,
            channel         TEXT    NOT NULL CHECK (channel IN ('email', 'sms')),
            recipient       TEXT    NOT NULL,
            subject         TEXT,
            body_text       TEXT    NOT NULL,
            body_html       TEXT,
            not_before_ms   INTEGER NOT NULL,
            enqueued_ms     INTEGER NOT NULL,
            state           TEXT    NOT NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            due_ms          INTEGER NOT NULL,
            last_attempt_ms INTEGER,
            sent_ms         INTEGER,
            transport_id    TEXT,
            last_error      TEXT);
        CREATE INDEX IF NOT EXISTS messages_by_state_due ON messages (state, due_ms);
        CREATE INDEX IF NOT EXISTS messages_by_case ON messages (case_id);
        CREATE TABLE IF NOT EXISTS attempts (
            message_id  INTEGER NOT NULL REFERENCES messages (id),
            number      INTEGER NOT NULL,
            started_ms  INTEGER NOT NULL,
            finished_ms INTEGER,
            outcome     TEXT,
            error       TEXT,
            PRIMARY KEY (message_id, number));
        CREATE TABLE IF NOT EXISTS reports (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id INTEGER NOT NULL REFERENCES messages (id),
            status     TEXT    NOT NULL,
            detail     TEXT,
            at_ms      INTEGER NOT NULL);
        """;

    /// <summary>Switches the file to WAL (a setting the file keeps) and creates what is missing.</summary>
    public static void Ensure(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;" + CreateTables;
        command.ExecuteNonQuery();
    }
}
