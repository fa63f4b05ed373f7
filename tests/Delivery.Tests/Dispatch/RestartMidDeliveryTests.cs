using DroneInspect.Delivery.Dispatch;
using DroneInspect.Delivery.Email;
using DroneInspect.Delivery.Outbox;
using DroneInspect.Delivery.Tests.Support;

namespace DroneInspect.Delivery.Tests.Dispatch;

/// <summary>
/// A dispatcher is stopped while the transport holds one message it has already taken (the reply withheld), in the middle
/// of a batch; a new dispatcher on the same outbox.db finishes. Every message reaches its receiver once (per key); the raw
/// count shows the one recovery resend, and no more.
/// </summary>
public sealed class RestartMidDeliveryTests
{
    private const int Emails = 4;
    private const int Texts = 4;

    [Theory]
    [InlineData(DeliveryChannel.Email)]
    [InlineData(DeliveryChannel.Sms)]
    public async Task NewDispatcherFinishesTheBatchAndEveryMessageReachesItsReceiverOnce(DeliveryChannel heldChannel)
    {
        using var h = new DeliveryHarness();
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = await SmsTestGateway.StartAsync();
        var emailKeys = Enumerable.Range(1, Emails).Select(i => $"notice/case-7/email-{i}").ToList();
        var smsKeys = Enumerable.Range(1, Texts).Select(i => $"notice/case-7/sms-{i}").ToList();
        for (var i = 0; i < Emails; i++)
        {
            await h.Store.EnqueueAsync(DeliveryHarness.Email(emailKeys[i], $"c{i}@example.com", "停电通知", $"正文 {i}"));
            await h.Store.EnqueueAsync(DeliveryHarness.Sms(smsKeys[i], $"+86138000000{i:00}", $"短信 {i}"));
        }
        var heldKey = heldChannel == DeliveryChannel.Email ? emailKeys[1] : smsKeys[1];
        if (heldChannel == DeliveryChannel.Email) smtp.HoldAfterStoring = EmailMessageIds.For(heldKey, "notices.grid.example");
        else gateway.HoldAfterAccepting = heldKey;

        using (var stop = new CancellationTokenSource())
        {
            var first = h.Dispatcher([h.EmailSender(smtp.Port), h.SmsSender(gateway.Url)], maxConcurrentSends: 1);
            var running = first.RunAsync(stop.Token);
            await (heldChannel == DeliveryChannel.Email ? smtp.Held : gateway.Held).WaitAsync(TimeSpan.FromSeconds(30));
            await stop.CancelAsync();
            await running.WaitAsync(TimeSpan.FromSeconds(30));
        }
        smtp.ReleaseHeld();
        gateway.ReleaseHeld();

        Assert.Equal(OutboxState.Sending, (await h.Store.FindAsync(heldKey))!.State);
        var leftPending = (await h.Store.ForCaseAsync("case-7")).Count(m => m.State == OutboxState.Pending);
        Assert.True(leftPending > 0, "the stop should fall in the middle of the batch");

        var restartedStore = h.OpenStore();
        var observer = new RecordingObserver();
        using (var stop = new CancellationTokenSource())
        {
            var second = h.Dispatcher([h.EmailSender(smtp.Port), h.SmsSender(gateway.Url)], store: restartedStore, observer: observer);
            var running = second.RunAsync(stop.Token);
            await WhenAllSentAsync(restartedStore, observer, emailKeys.Concat(smsKeys));
            await stop.CancelAsync();
            await running.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.All(await restartedStore.ForCaseAsync("case-7"), m => Assert.Equal(OutboxState.Sent, m.State));
        var mailPerId = smtp.Received.GroupBy(m => m.MessageId ?? "").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(emailKeys.Select(k => EmailMessageIds.For(k, "notices.grid.example")).Order(), mailPerId.Keys.Order());
        Assert.All(gateway.SentPerKey.Values, count => Assert.Equal(1, count));
        Assert.Equal(smsKeys.Order(), gateway.SentPerKey.Keys.Order());
        var resentMail = heldChannel == DeliveryChannel.Email ? 1 : 0;
        Assert.Equal(Emails + resentMail, smtp.Received.Count);
        Assert.Equal(Emails - resentMail, mailPerId.Values.Count(n => n == 1));
        Assert.Equal(Texts + 1 - resentMail, gateway.Posts.Count);
        Assert.Equal(Emails + Texts, await CountAcceptedAttemptsAsync(restartedStore));
        var held = (await restartedStore.FindAsync(heldKey))!;
        Assert.Equal([AttemptOutcome.Interrupted, AttemptOutcome.Accepted], (await restartedStore.AttemptsAsync(held.Id)).Select(a => a.Outcome!.Value));
    }

    private static async Task WhenAllSentAsync(OutboxStore store, RecordingObserver observer, IEnumerable<string> keys)
    {
        var unsent = new List<string>();
        foreach (var key in keys)
        {
            if ((await store.FindAsync(key))!.State != OutboxState.Sent) unsent.Add(key);
        }
        await observer.WhenAllHaveAsync(DeliveryStatus.Accepted, unsent);
    }

    private static async Task<int> CountAcceptedAttemptsAsync(OutboxStore store)
    {
        var accepted = 0;
        foreach (var message in await store.ForCaseAsync("case-7"))
        {
            accepted += (await store.AttemptsAsync(message.Id)).Count(a => a.Outcome == AttemptOutcome.Accepted);
        }
        return accepted;
    }
}
