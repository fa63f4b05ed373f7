using DroneInspect.Delivery.Outbox;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Delivery.Dispatch;

/// <summary>Every log line of delivery. Message ids, keys, channels and counts only: never addresses, names, bodies or remote error texts (they may quote an address).</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(1, LogLevel.Information, "Outbox: {Count} message(s) were being sent when the last dispatcher stopped; resending them under their idempotency keys")]
    public static partial void Recovered(ILogger logger, int count);

    [LoggerMessage(2, LogLevel.Information, "Outbox message {MessageId} ({Channel}, key {IdempotencyKey}) accepted on attempt {Attempt}")]
    public static partial void Accepted(ILogger logger, long messageId, DeliveryChannel channel, string idempotencyKey, int attempt);

    [LoggerMessage(3, LogLevel.Warning, "Outbox message {MessageId} ({Channel}, key {IdempotencyKey}) attempt {Attempt} failed; next attempt in {DelaySeconds:F0} s")]
    public static partial void RetryScheduled(ILogger logger, long messageId, DeliveryChannel channel, string idempotencyKey, int attempt, double delaySeconds);

    [LoggerMessage(4, LogLevel.Error, "Outbox message {MessageId} ({Channel}, key {IdempotencyKey}) parked as failed after attempt {Attempt} ({Outcome})")]
    public static partial void Parked(ILogger logger, long messageId, DeliveryChannel channel, string idempotencyKey, int attempt, AttemptOutcome outcome);

    [LoggerMessage(5, LogLevel.Information, "Outbox message {MessageId} ({Channel}, key {IdempotencyKey}): stopped during attempt {Attempt}; the next dispatcher resends it")]
    public static partial void StoppedDuringSend(ILogger logger, long messageId, DeliveryChannel channel, string idempotencyKey, int attempt);

    [LoggerMessage(6, LogLevel.Warning, "Delivery observer failed on message {MessageId} status {Status} ({ExceptionType}); the status stays in the outbox")]
    public static partial void ObserverFailed(ILogger logger, long messageId, DeliveryStatus status, string exceptionType);

    [LoggerMessage(7, LogLevel.Warning, "Sender for {Channel} threw {ExceptionType} on message {MessageId}; counted as a transient failure")]
    public static partial void SenderThrew(ILogger logger, DeliveryChannel channel, string exceptionType, long messageId);

    [LoggerMessage(8, LogLevel.Information, "Outbox dispatcher stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(9, LogLevel.Information, "Delivery report {Status} for message {MessageId} (key {IdempotencyKey})")]
    public static partial void ReportRecorded(ILogger logger, DeliveryStatus status, long messageId, string idempotencyKey);

    [LoggerMessage(10, LogLevel.Warning, "Delivery report for an unknown idempotency key {IdempotencyKey} ignored")]
    public static partial void ReportForUnknownKey(ILogger logger, string idempotencyKey);
}
