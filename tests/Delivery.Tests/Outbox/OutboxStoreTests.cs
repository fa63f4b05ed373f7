using DroneInspect.Delivery.Outbox;
using DroneInspect.Delivery.Tests.Support;

namespace DroneInspect.Delivery.Tests.Outbox;

public sealed class OutboxStoreTests
{
    [Fact]
    public async Task EnqueueWithAKnownKeyReturnsTheStoredMessageUnchanged()
    {
        using var h = new DeliveryHarness();
        var first = await h.Store.EnqueueAsync(DeliveryHarness.Email("notice/case-7/1001", "a@x.example", "Notice", "first text"));
        var second = await h.Store.EnqueueAsync(DeliveryHarness.Email("notice/case-7/1001", "b@x.example", "Changed", "second text"));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Message, second.Message);
        Assert.Equal("first text", second.Message.BodyText);
        Assert.Single(await h.Store.ForCaseAsync("case-7"));
    }

    [Fact]
    public async Task OutboxSurvivesReopeningTheFileWithStateAttemptsAndReports()
    {
        using var h = new DeliveryHarness();
        var enqueued = (await h.Store.EnqueueAsync(DeliveryHarness.Sms("k1", "+86 138 0000 0001", "停电通知"))).Message;
        var claimed = await h.Store.TryBeginAttemptAsync(enqueued.Id, h.Time.GetUtcNow());
        await h.Store.MarkSentAsync(claimed!, h.Time.GetUtcNow().AddSeconds(2), "gw-1");
        await h.Store.RecordReportAsync("k1", new DeliveryReport(DeliveryStatus.Replied, "收到，谢谢", h.Time.GetUtcNow().AddMinutes(5)));
        h.Store.Dispose();

        using var reopened = OutboxStore.Open(Path.Combine(h.DataFolder, OutboxStore.FileName), h.Time);
        var message = await reopened.FindAsync("k1");

        Assert.NotNull(message);
        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Equal("gw-1", message.TransportId);
        Assert.Equal("停电通知", message.BodyText);
        Assert.Equal(DeliveryHarness.Start.AddSeconds(2), message.SentAt);
        var attempt = Assert.Single(await reopened.AttemptsAsync(message.Id));
        Assert.Equal(AttemptOutcome.Accepted, attempt.Outcome);
        var report = Assert.Single(await reopened.ReportsAsync(message.Id));
        Assert.Equal((DeliveryStatus.Replied, "收到，谢谢"), (report.Status, report.Detail));
        Assert.False((await reopened.EnqueueAsync(DeliveryHarness.Sms("k1", "+86 138 0000 0001", "again"))).Created);
    }

    [Fact]
    public async Task MessageIsNotDueBeforeItsNotBeforeTime()
    {
        using var h = new DeliveryHarness();
        await h.Store.EnqueueAsync(DeliveryHarness.Email("later", "a@x.example", "S", "B") with { NotBefore = DeliveryHarness.Start.AddDays(3) });

        Assert.Empty(await h.Store.DueAsync(DeliveryHarness.Start.AddDays(3).AddMilliseconds(-1), 10));
        Assert.Single(await h.Store.DueAsync(DeliveryHarness.Start.AddDays(3), 10));
        Assert.Equal(DeliveryHarness.Start.AddDays(3), await h.Store.NextDueAsync());
    }

    [Fact]
    public async Task ClaimRecordsTheAttemptAndASecondClaimOfTheSameMessageGetsNothing()
    {
        using var h = new DeliveryHarness();
        var id = (await h.Store.EnqueueAsync(DeliveryHarness.Email("k", "a@x.example", "S", "B"))).Message.Id;

        var claimed = await h.Store.TryBeginAttemptAsync(id, DeliveryHarness.Start.AddSeconds(1));

        Assert.Equal((OutboxState.Sending, 1, DeliveryHarness.Start.AddSeconds(1)), (claimed!.State, claimed.Attempts, claimed.LastAttemptAt));
        var attempt = Assert.Single(await h.Store.AttemptsAsync(id));
        Assert.Equal((1, DeliveryHarness.Start.AddSeconds(1), (AttemptOutcome?)null), (attempt.Number, attempt.StartedAt, attempt.Outcome));
        Assert.Null(await h.Store.TryBeginAttemptAsync(id, DeliveryHarness.Start.AddSeconds(2)));
    }

    [Fact]
    public async Task RecoveryMakesMessagesLeftSendingDueAgainAndClosesTheirAttemptAsInterrupted()
    {
        using var h = new DeliveryHarness();
        var sending = (await h.Store.EnqueueAsync(DeliveryHarness.Email("sending", "a@x.example", "S", "B"))).Message;
        var pending = (await h.Store.EnqueueAsync(DeliveryHarness.Email("pending", "b@x.example", "S", "B"))).Message;
        await h.Store.TryBeginAttemptAsync(sending.Id, DeliveryHarness.Start);

        var recovered = await h.Store.RecoverInterruptedAsync(DeliveryHarness.Start.AddMinutes(1));

        var message = Assert.Single(recovered);
        Assert.Equal(("sending", OutboxState.RetryWait, DeliveryHarness.Start.AddMinutes(1)), (message.IdempotencyKey, message.State, message.DueAt));
        Assert.Equal(AttemptOutcome.Interrupted, Assert.Single(await h.Store.AttemptsAsync(sending.Id)).Outcome);
        Assert.Equal(OutboxState.Pending, (await h.Store.GetAsync(pending.Id))!.State);
        Assert.Empty(await h.Store.RecoverInterruptedAsync(DeliveryHarness.Start.AddMinutes(2)));
    }

    [Fact]
    public async Task ReportForAnUnknownKeyIsNotKept()
    {
        using var h = new DeliveryHarness();

        Assert.Null(await h.Store.RecordReportAsync("nobody", new DeliveryReport(DeliveryStatus.Delivered, null, DeliveryHarness.Start)));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Store.RecordReportAsync("nobody", new DeliveryReport(DeliveryStatus.Accepted, null, DeliveryHarness.Start)));
    }
}
