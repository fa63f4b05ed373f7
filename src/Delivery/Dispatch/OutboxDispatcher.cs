using System.Threading.Channels;
using DroneInspect.Delivery.Outbox;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Delivery.Dispatch;

/// <summary>
/// Sends due outbox messages through their channel's sender, a bounded number at a time; the host runs <see cref="RunAsync"/>
/// (as a BackgroundService would) and tests drive <see cref="RecoverAsync"/> and <see cref="DispatchDueAsync"/> step by step.
/// </summary>
/// <remarks>
/// Delivery is at-least-once to the transport and exactly-once to a receiver that honours the idempotency key. Each attempt
/// is recorded before the transport is called, and the acceptance is recorded right after the transport answers. A stop
/// (crash, cancellation) between the two leaves the message in Sending; <see cref="RecoverAsync"/> sends it again under the
/// same key (same SMTP Message-ID, same gateway Idempotency-Key), so the transport may see it twice, the receiver once.
/// One dispatcher per outbox file.
/// </remarks>
public sealed class OutboxDispatcher
{
    private readonly OutboxStore _store;
    private readonly IReadOnlyDictionary<DeliveryChannel, IChannelSender> _senders;
    private readonly ObserverNotifier _observer;
    private readonly BackoffPolicy _backoff;
    private readonly DispatcherOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public OutboxDispatcher(OutboxStore store, IEnumerable<IChannelSender> senders, IDeliveryObserver observer, BackoffPolicy backoff,
        DispatcherOptions options, TimeProvider time, ILogger<OutboxDispatcher> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentSends, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        _store = store;
        _senders = senders.ToDictionary(s => s.Channel);
        _observer = new ObserverNotifier(observer, logger);
        _backoff = backoff;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Recovers interrupted sends, then sends what is due until <paramref name="stoppingToken"/> fires; returns on stop.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RecoverAsync(stoppingToken);
            while (true)
            {
                if (await DispatchDueAsync(stoppingToken) == 0) await WaitForWorkAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            DeliveryLog.Stopped(_logger);
        }
    }

    /// <summary>Tells a waiting <see cref="RunAsync"/> that a message was enqueued, so it need not wait for the poll interval.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Makes every message a stopped dispatcher left in Sending due now; returns how many.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var recovered = await _store.RecoverInterruptedAsync(_time.GetUtcNow(), cancellationToken);
        if (recovered.Count > 0) DeliveryLog.Recovered(_logger, recovered.Count);
        return recovered.Count;
    }

    /// <summary>One round: takes up to a batch of due messages and sends them, at most MaxConcurrentSends at once; returns how many were due.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var due = await _store.DueAsync(_time.GetUtcNow(), _options.BatchSize, cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentSends, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (message, token) => await SendOneAsync(message, token));
        return due.Count;
    }

    private async Task SendOneAsync(OutboxMessage due, CancellationToken cancellationToken)
    {
        if (await _store.TryBeginAttemptAsync(due.Id, _time.GetUtcNow(), cancellationToken) is not { } message) return;
        SendResult result;
        try
        {
            result = _senders.TryGetValue(message.Channel, out var sender)
                ? await sender.SendAsync(message, cancellationToken)
                : SendResult.Transient($"No sender is configured for {message.Channel}.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            DeliveryLog.StoppedDuringSend(_logger, message.Id, message.Channel, message.IdempotencyKey, message.Attempts);
            throw;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A sender maps the transport's answers itself; what escapes it (a timeout, a broken socket) is worth another try.
            DeliveryLog.SenderThrew(_logger, message.Channel, ex.GetType().Name, message.Id);
            result = SendResult.Transient($"{ex.GetType().Name}: {ex.Message}");
        }
        // The transport has answered: what it said is recorded even if a stop was asked for meanwhile.
        await RecordAsync(message, result, CancellationToken.None);
    }

    private async Task RecordAsync(OutboxMessage message, SendResult result, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (result.Outcome == SendOutcome.Accepted)
        {
            await _store.MarkSentAsync(message, now, result.TransportId, cancellationToken);
            DeliveryLog.Accepted(_logger, message.Id, message.Channel, message.IdempotencyKey, message.Attempts);
            await NotifyAsync(message.Id, DeliveryStatus.Accepted, result.TransportId, cancellationToken);
            return;
        }
        var error = result.Error ?? "The transport refused the message without a reason.";
        if (result.Outcome == SendOutcome.Transient && message.Attempts < _backoff.MaxAttempts)
        {
            var delay = _backoff.DelayAfter(message.Attempts);
            if (result.RetryAfter is { } floor && floor > delay) delay = floor;
            await _store.ScheduleRetryAsync(message, now, now + delay, error, cancellationToken);
            DeliveryLog.RetryScheduled(_logger, message.Id, message.Channel, message.IdempotencyKey, message.Attempts, delay.TotalSeconds);
            await NotifyAsync(message.Id, DeliveryStatus.RetryScheduled, error, cancellationToken);
            return;
        }
        var outcome = result.Outcome == SendOutcome.Permanent ? AttemptOutcome.Permanent : AttemptOutcome.Transient;
        var reason = outcome == AttemptOutcome.Permanent ? error : $"Gave up after {message.Attempts} attempts; last error: {error}";
        await _store.ParkAsync(message, now, outcome, reason, cancellationToken);
        DeliveryLog.Parked(_logger, message.Id, message.Channel, message.IdempotencyKey, message.Attempts, outcome);
        await NotifyAsync(message.Id, DeliveryStatus.Parked, reason, cancellationToken);
    }

    private async Task NotifyAsync(long messageId, DeliveryStatus status, string? detail, CancellationToken cancellationToken)
    {
        if (await _store.GetAsync(messageId, cancellationToken) is { } stored) await _observer.NotifyAsync(stored, status, detail, cancellationToken);
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        var now = _time.GetUtcNow();
        var wait = await _store.NextDueAsync(stoppingToken) is { } next && next - now < _options.PollInterval ? next - now : _options.PollInterval;
        if (wait <= TimeSpan.Zero) return;
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(wait, _time, waiting.Token);
        var woken = _wake.Reader.WaitToReadAsync(waiting.Token).AsTask();
        await Task.WhenAny(timer, woken);
        _wake.Reader.TryRead(out _);
        await waiting.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }
}
