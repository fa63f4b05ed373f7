namespace DroneInspect.Delivery.Outbox;

/// <summary>Tells the case what became of its messages; the host wires it to the case grain.</summary>
/// <remarks>
/// Called after the outbox has stored the change, so the outbox file stays the record: an observer that fails
/// (it is logged, never retried) loses a notification, not the status, which <see cref="OutboxStore"/> still answers.
/// </remarks>
public interface IDeliveryObserver
{
    /// <summary>One status change of one message; <paramref name="detail"/> is an error, a reason or a reply text, or null.</summary>
    Task OnStatusAsync(OutboxMessage message, DeliveryStatus status, string? detail, CancellationToken cancellationToken);
}
