using Microsoft.Data.Sqlite;

namespace DroneInspect.Delivery.Outbox;

/// <summary>State changes of a message; each is one short transaction on one message.</summary>
public sealed partial class OutboxStore
{
    /// <summary>
    /// Claims a due message for sending: state Sending, attempt counted and recorded with <paramref name="at"/>, all before
    /// the transport is called. Null when the message is no longer due (another claim won, or it was sent meanwhile).
    /// </summary>
    public async Task<OutboxMessage?> TryBeginAttemptAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using (var connection = Connect())
        await using (var transaction = connection.BeginTransaction())
        {
            var claimed = await ExecuteAsync(connection, transaction, """
                UPDATE messages SET state = 'sending', attempts = attempts + 1, last_attempt_ms = $at
                WHERE id = $id AND state IN ('pending', 'retry-wait') AND due_ms <= $at;
                """, cancellationToken, ("$id", messageId), ("$at", OutboxRows.Ms(at)));
            if (claimed == 0) return null;
            await ExecuteAsync(connection, transaction, """
                INSERT INTO attempts (message_id, number, started_ms) SELECT id, attempts, $at FROM messages WHERE id = $id;
                """, cancellationToken, ("$id", messageId), ("$at", OutboxRows.Ms(at)));
            await transaction.CommitAsync(cancellationToken);
        }
        return await GetAsync(messageId, cancellationToken);
    }

    /// <summary>
    /// Records that the transport accepted <paramref name="message"/> (claimed by <see cref="TryBeginAttemptAsync"/>).
    /// Called right after the transport answers, in a transaction that touches this message's row and attempt only,
    /// so the window in which a crash makes the recovery resend it is as short as it can be.
    /// </summary>
    public async Task MarkSentAsync(OutboxMessage message, DateTimeOffset at, string? transportId, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var transaction = connection.BeginTransaction();
        await ExecuteAsync(connection, transaction, """
            UPDATE messages SET state = 'sent', sent_ms = $at, transport_id = $transport, last_error = NULL
            WHERE id = $id AND state = 'sending';
            """, cancellationToken, ("$id", message.Id), ("$at", OutboxRows.Ms(at)), ("$transport", transportId));
        await FinishAttemptAsync(connection, transaction, message, at, AttemptOutcome.Accepted, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The attempt failed but may succeed later: wait until <paramref name="nextAttemptAt"/>.</summary>
    public async Task ScheduleRetryAsync(OutboxMessage message, DateTimeOffset at, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var transaction = connection.BeginTransaction();
        await ExecuteAsync(connection, transaction, """
            UPDATE messages SET state = 'retry-wait', due_ms = $due, last_error = $error WHERE id = $id AND state = 'sending';
            """, cancellationToken, ("$id", message.Id), ("$due", OutboxRows.Ms(nextAttemptAt)), ("$error", error));
        await FinishAttemptAsync(connection, transaction, message, at, AttemptOutcome.Transient, error, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Parks the message as Failed with <paramref name="error"/>; <paramref name="outcome"/> says whether the last attempt failed for good or the attempts ran out.</summary>
    public async Task ParkAsync(OutboxMessage message, DateTimeOffset at, AttemptOutcome outcome, string error, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var transaction = connection.BeginTransaction();
        await ExecuteAsync(connection, transaction, """
            UPDATE messages SET state = 'failed', last_error = $error WHERE id = $id AND state = 'sending';
            """, cancellationToken, ("$id", message.Id), ("$error", error));
        await FinishAttemptAsync(connection, transaction, message, at, outcome, error, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// After a crash: every message left in Sending had its transport called with an unknown outcome. Each becomes due
    /// at once, to be sent again under the same idempotency key; its interrupted attempt is closed as such.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> RecoverInterruptedAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var ids = new List<long>();
        await using (var connection = Connect())
        await using (var transaction = connection.BeginTransaction())
        {
            await ExecuteAsync(connection, transaction, """
                UPDATE attempts SET finished_ms = $at, outcome = 'interrupted', error = 'process stopped during the attempt'
                WHERE outcome IS NULL AND message_id IN (SELECT id FROM messages WHERE state = 'sending');
                """, cancellationToken, ("$at", OutboxRows.Ms(at)));
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE messages SET state = 'retry-wait', due_ms = $at, last_error = 'interrupted: resent under the same key'
                WHERE state = 'sending' RETURNING id;
                """;
            command.Parameters.AddWithValue("$at", OutboxRows.Ms(at));
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt64(0));
            }
            await transaction.CommitAsync(cancellationToken);
        }
        var recovered = new List<OutboxMessage>();
        foreach (var id in ids)
        {
            if (await GetAsync(id, cancellationToken) is { } message) recovered.Add(message);
        }
        return recovered;
    }

    private static Task FinishAttemptAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxMessage message, DateTimeOffset at, AttemptOutcome outcome, string? error, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, """
            UPDATE attempts SET finished_ms = $at, outcome = $outcome, error = $error WHERE message_id = $id AND number = $number;
            """, cancellationToken, ("$id", message.Id), ("$number", message.Attempts), ("$at", OutboxRows.Ms(at)),
            ("$outcome", OutboxRows.Text(outcome)), ("$error", error));

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
