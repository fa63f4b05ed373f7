using Microsoft.Data.Sqlite;

namespace DroneInspect.Delivery.Outbox;

/// <summary>
/// The durable outbox: one SQLite file (WAL, synchronous=FULL) holding messages, their attempts and their delivery reports.
/// Enqueueing is idempotent by key; state changes are in <c>OutboxStore.Transitions.cs</c>.
/// </summary>
/// <remarks>One dispatcher per file: <see cref="RecoverInterruptedAsync"/> assumes no other process is mid-send on it.</remarks>
public sealed partial class OutboxStore : IDisposable
{
    /// <summary>The outbox's file name under the data folder.</summary>
    public const string FileName = "outbox.db";

    private readonly string _connectionString;
    private readonly TimeProvider _time;

    private OutboxStore(string path, TimeProvider time)
    {
        FilePath = path;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The outbox file.</summary>
    public string FilePath { get; }

    /// <summary>Opens (creating when missing) the outbox in <paramref name="dataFolder"/>/<see cref="FileName"/>.</summary>
    public static OutboxStore OpenInFolder(string dataFolder, TimeProvider time)
    {
        Directory.CreateDirectory(dataFolder);
        return Open(Path.Combine(dataFolder, FileName), time);
    }

    /// <summary>Opens (creating when missing) the outbox file at <paramref name="path"/>; safe to call on an existing file.</summary>
    public static OutboxStore Open(string path, TimeProvider time)
    {
        var store = new OutboxStore(path, time);
        using var connection = store.Connect();
        OutboxSchema.Ensure(connection);
        return store;
    }

    /// <summary>Adds a message, or returns the one already under its key untouched (nothing is sent twice).</summary>
    public async Task<EnqueueResult> EnqueueAsync(NewOutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message.IdempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Recipient);
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO messages (idempotency_key, case_id, account, channel, recipient, subject, body_text, body_html,
                                  not_before_ms, enqueued_ms, state, attempts, due_ms)
            VALUES ($key, $case, $account, $channel, $recipient, $subject, $text, $html, $notBefore, $now, 'pending', 0, $notBefore)
            ON CONFLICT (idempotency_key) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$key", message.IdempotencyKey);
        command.Parameters.AddWithValue("$case", message.CaseId);
        command.Parameters.AddWithValue("$account", message.Account);
        command.Parameters.AddWithValue("$channel", OutboxRows.Text(message.Channel));
        command.Parameters.AddWithValue("$recipient", message.Recipient);
        command.Parameters.AddWithValue("$subject", (object?)message.Subject ?? DBNull.Value);
        command.Parameters.AddWithValue("$text", message.BodyText);
        command.Parameters.AddWithValue("$html", (object?)message.BodyHtml ?? DBNull.Value);
        command.Parameters.AddWithValue("$notBefore", OutboxRows.Ms(message.NotBefore));
        command.Parameters.AddWithValue("$now", OutboxRows.Ms(_time.GetUtcNow()));
        var created = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        var stored = await FindAsync(message.IdempotencyKey, cancellationToken)
            ?? throw new InvalidOperationException("The outbox lost a message it had just stored.");
        return new EnqueueResult(stored, created);
    }

    /// <summary>The message under <paramref name="idempotencyKey"/>, or null.</summary>
    public async Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var found = await MessagesAsync("idempotency_key = $p LIMIT 1", idempotencyKey, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The message with row id <paramref name="id"/>, or null.</summary>
    public async Task<OutboxMessage?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var found = await MessagesAsync("id = $p", id, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>A case's messages in the order they were enqueued.</summary>
    public Task<IReadOnlyList<OutboxMessage>> ForCaseAsync(string caseId, CancellationToken cancellationToken = default) =>
        MessagesAsync("case_id = $p ORDER BY id", caseId, cancellationToken);

    /// <summary>Up to <paramref name="max"/> messages whose next attempt is due at <paramref name="now"/>, oldest due first.</summary>
    public Task<IReadOnlyList<OutboxMessage>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        MessagesAsync($"state IN ('pending', 'retry-wait') AND due_ms <= $p ORDER BY due_ms, id LIMIT {Math.Max(0, max)}", OutboxRows.Ms(now), cancellationToken);

    /// <summary>When the earliest waiting message falls due, or null when none waits.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(due_ms) FROM messages WHERE state IN ('pending', 'retry-wait');";
        return await command.ExecuteScalarAsync(cancellationToken) is long ms ? OutboxRows.At(ms) : null;
    }

    /// <summary>The attempts on a message, in order.</summary>
    public async Task<IReadOnlyList<DeliveryAttempt>> AttemptsAsync(long messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, started_ms, finished_ms, outcome, error FROM attempts WHERE message_id = $id ORDER BY number;";
        command.Parameters.AddWithValue("$id", messageId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var attempts = new List<DeliveryAttempt>();
        while (await reader.ReadAsync(cancellationToken)) attempts.Add(OutboxRows.Attempt(reader));
        return attempts;
    }

    /// <summary>Releases the pooled connections, so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<IReadOnlyList<OutboxMessage>> MessagesAsync(string where, object parameter, CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {OutboxRows.MessageColumns} FROM messages WHERE {where};";
        command.Parameters.AddWithValue("$p", parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var messages = new List<OutboxMessage>();
        while (await reader.ReadAsync(cancellationToken)) messages.Add(OutboxRows.Message(reader));
        return messages;
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
