namespace DroneInspect.Delivery.Outbox;

/// <summary>A status that arrived after sending (delivery report, bounce, reply), kept per message.</summary>
/// <param name="Status">One of <see cref="DeliveryStatus.Delivered"/>, <see cref="DeliveryStatus.Failed"/>, <see cref="DeliveryStatus.Replied"/>.</param>
/// <param name="Detail">The reason of a failure or the text of a reply. Personal data: kept, never logged.</param>
public sealed record DeliveryReport(DeliveryStatus Status, string? Detail, DateTimeOffset At);
