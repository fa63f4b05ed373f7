using DroneInspect.Delivery.Outbox;

namespace DroneInspect.Delivery.Dispatch;

/// <summary>Hands a message to one transport.</summary>
/// <remarks>
/// Answers every reply of the transport with a <see cref="SendResult"/>. When <c>cancellationToken</c> fires it throws
/// <see cref="OperationCanceledException"/>: the outcome is then unknown, the message stays Sending, and the next
/// dispatcher sends it again under the same idempotency key. Any other exception counts as a transient failure.
/// </remarks>
public interface IChannelSender
{
    /// <summary>The channel this sender serves.</summary>
    DeliveryChannel Channel { get; }

    /// <summary>One attempt; the message carries its idempotency key, which the sender passes on to the transport.</summary>
    Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
