using System.Text.Json.Serialization;
using DroneInspect.Delivery.Outbox;

namespace DroneInspect.Delivery.Sms;

/// <summary>
/// What a gateway POSTs to the delivery-report webhook the host exposes: {idempotencyKey, status: delivered|failed|reply, text?, reason?, at?}.
/// The host maps it with <see cref="TryToReport"/> and records it with <see cref="Dispatch.DeliveryReportRecorder"/>.
/// </summary>
public sealed record SmsDeliveryReportPayload(
    [property: JsonPropertyName("idempotencyKey")] string? IdempotencyKey,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("at")] DateTimeOffset? At)
{
    /// <summary>The report, or false with a problem to answer 400 with; <paramref name="receivedAt"/> stands in for a missing "at".</summary>
    public bool TryToReport(DateTimeOffset receivedAt, out DeliveryReport report, out string problem)
    {
        report = new DeliveryReport(DeliveryStatus.Delivered, null, receivedAt);
        problem = "";
        if (string.IsNullOrWhiteSpace(IdempotencyKey))
        {
            problem = "idempotencyKey is missing.";
            return false;
        }
        DeliveryStatus? status = Status?.ToLowerInvariant() switch
        {
            "delivered" => DeliveryStatus.Delivered,
            "failed" or "undeliverable" => DeliveryStatus.Failed,
            "reply" or "replied" => DeliveryStatus.Replied,
            _ => null,
        };
        if (status is null)
        {
            problem = "status must be delivered, failed or reply.";
            return false;
        }
        report = new DeliveryReport(status.Value, status == DeliveryStatus.Replied ? Text : Reason, At ?? receivedAt);
        return true;
    }
}
