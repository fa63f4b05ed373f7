using DroneInspect.Delivery.Outbox;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Delivery.Dispatch;

/// <summary>Keeps a delivery report or reply on its message and tells the case; the host calls it from its webhook or mailbox reader.</summary>
public sealed class DeliveryReportRecorder(OutboxStore store, IDeliveryObserver observer, ILogger<DeliveryReportRecorder> logger)
{
    private readonly ObserverNotifier _observer = new(observer, logger);

    /// <summary>False when no message has <paramref name="idempotencyKey"/> (nothing is kept then).</summary>
    public async Task<bool> RecordAsync(string idempotencyKey, DeliveryReport report, CancellationToken cancellationToken = default)
    {
        if (await store.RecordReportAsync(idempotencyKey, report, cancellationToken) is not { } message)
        {
            DeliveryLog.ReportForUnknownKey(logger, idempotencyKey);
            return false;
        }
        DeliveryLog.ReportRecorded(logger, report.Status, message.Id, idempotencyKey);
        await _observer.NotifyAsync(message, report.Status, report.Detail, cancellationToken);
        return true;
    }
}
