namespace DroneInspect.Delivery.Outbox;

/// <summary>A message as the outbox holds it.</summary>
/// <param name="Id">Row id in this outbox file; the <see cref="IdempotencyKey"/> is the identity that matters outside it.</param>
/// <param name="Attempts">Attempts started so far, counting one that a crash interrupted.</param>
/// <param name="DueAt">When the next attempt may start (the not-before time, then the backoff).</param>
/// <param name="LastAttemptAt">When the last attempt started; recorded before the transport was called.</param>
/// <param name="SentAt">When the transport accepted the message; null until then.</param>
/// <param name="TransportId">The transport's own id for the message (the gateway's message id), when it gives one.</param>
/// <param name="LastError">Why the last attempt failed; may quote the recipient's server, so it is kept in the outbox and never logged.</param>
public sealed record OutboxMessage(
    long Id,
    string IdempotencyKey,
    string CaseId,
    string Account,
    DeliveryChannel Channel,
    string Recipient,
    string? Subject,
    string BodyText,
    string? BodyHtml,
    DateTimeOffset NotBefore,
    DateTimeOffset EnqueuedAt,
    OutboxState State,
    int Attempts,
    DateTimeOffset DueAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? SentAt,
    string? TransportId,
    string? LastError);
