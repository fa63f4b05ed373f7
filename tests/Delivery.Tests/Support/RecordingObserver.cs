using System.Collections.Concurrent;
using DroneInspect.Delivery.Outbox;

namespace DroneInspect.Delivery.Tests.Support;

/// <summary>Records what the dispatcher reports and lets a test await a status on a set of keys (no sleeping).</summary>
public sealed class RecordingObserver : IDeliveryObserver
{
    private readonly ConcurrentQueue<(string Key, DeliveryStatus Status, string? Detail)> _events = new();
    private readonly List<(Func<bool> Done, TaskCompletionSource Signal)> _waiters = [];
    private readonly Lock _lock = new();

    /// <summary>Every status in the order it was reported.</summary>
    public IReadOnlyList<(string Key, DeliveryStatus Status, string? Detail)> Events => [.. _events];

    /// <inheritdoc />
    public Task OnStatusAsync(OutboxMessage message, DeliveryStatus status, string? detail, CancellationToken cancellationToken)
    {
        _events.Enqueue((message.IdempotencyKey, status, detail));
        lock (_lock)
        {
            foreach (var waiter in _waiters.Where(w => w.Done()).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Completes once every key in <paramref name="keys"/> has had <paramref name="status"/> (30 s guard against a hang).</summary>
    public Task WhenAllHaveAsync(DeliveryStatus status, IEnumerable<string> keys)
    {
        var wanted = keys.ToHashSet();
        bool Done() => wanted.IsSubsetOf(_events.Where(e => e.Status == status).Select(e => e.Key));
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (Done()) return Task.CompletedTask;
            _waiters.Add((Done, signal));
        }
        return signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
