namespace DroneInspect.Delivery.Outbox;

/// <summary>A message to enqueue.</summary>
/// <param name="IdempotencyKey">Names the message for good: the same key enqueued again is the same message and is never sent twice.
/// Also travels to the transport (SMTP Message-ID, the SMS gateway's Idempotency-Key) so a resend after a crash is recognisable.</param>
/// <param name="CaseId">The case the message belongs to; delivery statuses go back to it.</param>
/// <param name="Account">The customer's account number.</param>
/// <param name="Recipient">An e-mail address or a phone number, by <paramref name="Channel"/>. Personal data: never logged.</param>
/// <param name="Subject">E-mail subject; ignored for SMS.</param>
/// <param name="BodyText">The plain text; for SMS the whole message.</param>
/// <param name="BodyHtml">Optional HTML alternative for e-mail.</param>
/// <param name="NotBefore">The message is not sent before this instant.</param>
public sealed record NewOutboxMessage(
    string IdempotencyKey,
    string CaseId,
    string Account,
    DeliveryChannel Channel,
    string Recipient,
    string? Subject,
    string BodyText,
    string? BodyHtml,
    DateTimeOffset NotBefore);
