using Microsoft.Data.Sqlite;

namespace DroneInspect.Delivery.Outbox;

/// <summary>Maps rows and values between the outbox file and the records.</summary>
internal static class OutboxRows
{
    public const string MessageColumns = """
        id, idempotency_key, case_id, account, channel, recipient, subject, body_text, body_html, not_before_ms,
        enqueued_ms, state, attempts, due_ms, last_attempt_ms, sent_ms, transport_id, last_error
        """;

    public static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static string Text(DeliveryChannel channel) => channel switch
    {
        DeliveryChannel.Email => "email",
        DeliveryChannel.Sms => "sms",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "No such channel."),
    };

    public static string Text(OutboxState state) => state switch
    {
        OutboxState.Pending => "pending",
        OutboxState.Sending => "sending",
        OutboxState.Sent => "sent",
        OutboxState.RetryWait => "retry-wait",
        OutboxState.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "No such state."),
    };

    public static string Text(AttemptOutcome outcome) => outcome.ToString().ToLowerInvariant();

    public static string Text(DeliveryStatus status) => status.ToString().ToLowerInvariant();

    public static OutboxMessage Message(SqliteDataReader r) => new(
        Id: r.GetInt64(0),
        IdempotencyKey: r.GetString(1),
        CaseId: r.GetString(2),
        Account: r.GetString(3),
        Channel: r.GetString(4) switch
        {
            "email" => DeliveryChannel.Email,
            "sms" => DeliveryChannel.Sms,
            var other => throw new InvalidDataException($"Outbox message {r.GetInt64(0)} has unknown channel '{other}'."),
        },
        Recipient: r.GetString(5),
        Subject: r.IsDBNull(6) ? null : r.GetString(6),
        BodyText: r.GetString(7),
        BodyHtml: r.IsDBNull(8) ? null : r.GetString(8),
        NotBefore: At(r.GetInt64(9)),
        EnqueuedAt: At(r.GetInt64(10)),
        State: State(r.GetString(11), r.GetInt64(0)),
        Attempts: r.GetInt32(12),
        DueAt: At(r.GetInt64(13)),
        LastAttemptAt: r.IsDBNull(14) ? null : At(r.GetInt64(14)),
        SentAt: r.IsDBNull(15) ? null : At(r.GetInt64(15)),
        TransportId: r.IsDBNull(16) ? null : r.GetString(16),
        LastError: r.IsDBNull(17) ? null : r.GetString(17));

    public static DeliveryAttempt Attempt(SqliteDataReader r) => new(
        Number: r.GetInt32(0),
        StartedAt: At(r.GetInt64(1)),
        FinishedAt: r.IsDBNull(2) ? null : At(r.GetInt64(2)),
        Outcome: r.IsDBNull(3) ? null : Enum.Parse<AttemptOutcome>(r.GetString(3), ignoreCase: true),
        Error: r.IsDBNull(4) ? null : r.GetString(4));

    public static DeliveryReport Report(SqliteDataReader r) => new(
        Status: Enum.Parse<DeliveryStatus>(r.GetString(0), ignoreCase: true),
        Detail: r.IsDBNull(1) ? null : r.GetString(1),
        At: At(r.GetInt64(2)));

    private static OutboxState State(string text, long id) => text switch
    {
        "pending" => OutboxState.Pending,
        "sending" => OutboxState.Sending,
        "sent" => OutboxState.Sent,
        "retry-wait" => OutboxState.RetryWait,
        "failed" => OutboxState.Failed,
        _ => throw new InvalidDataException($"Outbox message {id} has unknown state '{text}'."),
    };
}
