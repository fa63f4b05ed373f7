using DroneInspect.Delivery.Dispatch;
using DroneInspect.Delivery.Outbox;
using DroneInspect.Delivery.Tests.Support;

namespace DroneInspect.Delivery.Tests.Dispatch;

public sealed class OutboxDispatcherTests
{
    [Fact]
    public async Task AttemptIsStoredBeforeTheTransportIsCalled()
    {
        using var h = new DeliveryHarness();
        await h.Store.EnqueueAsync(DeliveryHarness.Sms("k", "+8613800000001", "text"));
        OutboxMessage? seenByTransport = null;
        DeliveryAttempt? attemptDuringSend = null;
        var sender = new FakeSender(DeliveryChannel.Sms, async (message, _) =>
        {
            seenByTransport = await h.Store.FindAsync("k");
            attemptDuringSend = Assert.Single(await h.Store.AttemptsAsync(message.Id));
            return SendResult.Accepted(null);
        });

        await h.Dispatcher([sender]).DispatchDueAsync(CancellationToken.None);

        Assert.Equal((OutboxState.Sending, 1), (seenByTransport!.State, seenByTransport.Attempts));
        Assert.Equal((DeliveryHarness.Start, (AttemptOutcome?)null), (attemptDuringSend!.StartedAt, attemptDuringSend.Outcome));
    }

    [Fact]
    public async Task NoMoreThanThreeMessagesAreInFlightWhenMaxConcurrentSendsIs3()
    {
        using var h = new DeliveryHarness();
        for (var i = 0; i < 10; i++) await h.Store.EnqueueAsync(DeliveryHarness.Email($"k{i}", $"c{i}@example.com", "S", "B"));
        var inFlight = 0;
        var peak = 0;
        var threeInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sender = new FakeSender(DeliveryChannel.Email, async (_, _) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            if (now == 3) threeInFlight.TrySetResult();
            await threeInFlight.Task;
            Interlocked.Decrement(ref inFlight);
            return SendResult.Accepted(null);
        });

        await h.Dispatcher([sender], maxConcurrentSends: 3).DispatchDueAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, peak);
        Assert.Equal(10, sender.Calls);
    }

    [Fact]
    public async Task SenderThatThrowsCountsAsATransientFailure()
    {
        using var h = new DeliveryHarness();
        await h.Store.EnqueueAsync(DeliveryHarness.Email("k", "a@example.com", "S", "B"));
        var sender = new FakeSender(DeliveryChannel.Email, (_, _) => throw new TimeoutException("server too slow"));

        await h.Dispatcher([sender]).DispatchDueAsync(CancellationToken.None);

        var message = (await h.Store.FindAsync("k"))!;
        Assert.Equal((OutboxState.RetryWait, "TimeoutException: server too slow"), (message.State, message.LastError));
    }

    [Fact]
    public async Task ChannelWithoutASenderWaitsAndIsFinallyParkedNotLost()
    {
        using var h = new DeliveryHarness();
        await h.Store.EnqueueAsync(DeliveryHarness.Sms("k", "+8613800000001", "text"));
        var dispatcher = h.Dispatcher([]);

        for (var round = 0; round < h.Retry.MaxAttempts; round++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            h.Time.Advance(h.Retry.MaxDelay);
        }

        var message = (await h.Store.FindAsync("k"))!;
        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Contains("No sender is configured for Sms", message.LastError);
    }

    [Fact]
    public async Task LogNamesMessageIdsAndKeysButNeverAddressesNumbersOrTexts()
    {
        using var h = new DeliveryHarness();
        await h.Store.EnqueueAsync(DeliveryHarness.Email("k-ok", "wang.fang@example.com", "王芳的通知", "王芳 lives at 7 Elm St"));
        await h.Store.EnqueueAsync(DeliveryHarness.Sms("k-fail", "+8613812345678", "李雷的短信"));
        var email = new FakeSender(DeliveryChannel.Email, (_, _) => Task.FromResult(SendResult.Accepted("queued")));
        var sms = new FakeSender(DeliveryChannel.Sms, (m, _) => throw new InvalidOperationException($"gateway refused {m.Recipient}"));

        await h.Dispatcher([email, sms]).DispatchDueAsync(CancellationToken.None);

        var log = string.Join('\n', h.Log.Lines);
        Assert.Contains("k-ok", log);
        Assert.Contains("k-fail", log);
        foreach (var personal in (string[])["wang.fang", "王芳", "Elm St", "13812345678", "李雷"]) Assert.DoesNotContain(personal, log);
    }

    [Fact]
    public async Task RunningDispatcherSendsAMessageEnqueuedLaterWhenWokenAndRetriesWhenTheClockReachesTheBackoff()
    {
        using var h = new DeliveryHarness();
        var calls = 0;
        var sender = new FakeSender(DeliveryChannel.Email, (_, _) =>
            Task.FromResult(Interlocked.Increment(ref calls) == 1 ? SendResult.Transient("421 try later") : SendResult.Accepted(null)));
        var dispatcher = h.Dispatcher([sender]);
        using var stop = new CancellationTokenSource();
        var running = dispatcher.RunAsync(stop.Token);

        await h.Store.EnqueueAsync(DeliveryHarness.Email("k", "a@example.com", "S", "B"));
        dispatcher.Wake();
        await h.Observer.WhenAllHaveAsync(DeliveryStatus.RetryScheduled, ["k"]);
        h.Time.Advance(h.Backoff.Bounds(1).Longest);
        await h.Observer.WhenAllHaveAsync(DeliveryStatus.Accepted, ["k"]);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, calls);
        Assert.Equal(OutboxState.Sent, (await h.Store.FindAsync("k"))!.State);
    }

    [Fact]
    public async Task FailingObserverDoesNotUndoTheSend()
    {
        using var h = new DeliveryHarness();
        await h.Store.EnqueueAsync(DeliveryHarness.Email("k", "a@example.com", "S", "B"));
        var sender = new FakeSender(DeliveryChannel.Email, (_, _) => Task.FromResult(SendResult.Accepted(null)));
        var dispatcher = new OutboxDispatcher(h.Store, [sender], new ThrowingObserver(), h.Backoff, new DispatcherOptions(), h.Time, h.Log);

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(OutboxState.Sent, (await h.Store.FindAsync("k"))!.State);
        Assert.Contains(h.Log.Lines, l => l.Contains("observer failed", StringComparison.OrdinalIgnoreCase));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private sealed class ThrowingObserver : IDeliveryObserver
    {
        public Task OnStatusAsync(OutboxMessage message, DeliveryStatus status, string? detail, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("case grain unavailable");
    }
}
