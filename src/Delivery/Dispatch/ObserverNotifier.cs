using DroneInspect.Delivery.Outbox;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Delivery.Dispatch;

/// <summary>Calls the observer after a change is stored; a failing observer is logged, and the stored status stands.</summary>
internal sealed class ObserverNotifier(IDeliveryObserver observer, ILogger logger)
{
    public async Task NotifyAsync(OutboxMessage message, DeliveryStatus status, string? detail, CancellationToken cancellationToken)
    {
        try
        {
            await observer.OnStatusAsync(message, status, detail, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The observer is the host's code (a grain call); its failure must not undo or repeat a send already stored.
            DeliveryLog.ObserverFailed(logger, message.Id, status, ex.GetType().Name);
        }
    }
}
