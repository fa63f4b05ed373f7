using DroneInspect.Delivery.Dispatch;
using DroneInspect.Delivery.Outbox;

namespace DroneInspect.Delivery.Tests.Support;

/// <summary>A sender whose answer the test writes; counts its calls.</summary>
public sealed class FakeSender(DeliveryChannel channel, Func<OutboxMessage, CancellationToken, Task<SendResult>> send) : IChannelSender
{
    private int _calls;

    public int Calls => _calls;

    public DeliveryChannel Channel => channel;

    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return send(message, cancellationToken);
    }
}
