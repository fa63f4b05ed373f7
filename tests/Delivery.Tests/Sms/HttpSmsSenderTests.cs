using System.Net;
using DroneInspect.Delivery.Outbox;
using DroneInspect.Delivery.Tests.Support;

namespace DroneInspect.Delivery.Tests.Sms;

public sealed class HttpSmsSenderTests
{
    [Fact]
    public async Task GatewayFailingTwiceWith503DeliversOnceAfterTheBackoff()
    {
        using var h = new DeliveryHarness();
        await using var gateway = await SmsTestGateway.StartAsync();
        gateway.Script = (_, attempt) => attempt <= 2 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK;
        var dispatcher = h.Dispatcher([h.SmsSender(gateway.Url, bearerToken: "secret-token")]);
        await h.Store.EnqueueAsync(DeliveryHarness.Sms("notice/case-7/1002/sms", "+8613800000002", "【供电公司】3月5日9:00-12:00计划停电。热线95598"));

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var afterFirst = (await h.Store.FindAsync("notice/case-7/1002/sms"))!;
        var (shortest, longest) = h.Backoff.Bounds(1);
        Assert.Equal(OutboxState.RetryWait, afterFirst.State);
        Assert.InRange(afterFirst.DueAt - DeliveryHarness.Start, shortest, longest);

        h.Time.Advance(shortest - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Single(gateway.Posts);

        h.Time.SetUtcNow(afterFirst.DueAt);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var afterSecond = (await h.Store.FindAsync("notice/case-7/1002/sms"))!;
        Assert.InRange(afterSecond.DueAt - afterFirst.DueAt, h.Backoff.Bounds(2).Shortest, h.Backoff.Bounds(2).Longest);

        h.Time.SetUtcNow(afterSecond.DueAt);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var sent = (await h.Store.FindAsync("notice/case-7/1002/sms"))!;
        Assert.Equal((OutboxState.Sent, 3, "gw-notice/case-7/1002/sms"), (sent.State, sent.Attempts, sent.TransportId));
        Assert.Equal([AttemptOutcome.Transient, AttemptOutcome.Transient, AttemptOutcome.Accepted], (await h.Store.AttemptsAsync(sent.Id)).Select(a => a.Outcome!.Value));
        Assert.Equal([DeliveryHarness.Start, afterFirst.DueAt, afterSecond.DueAt], (await h.Store.AttemptsAsync(sent.Id)).Select(a => a.StartedAt));
        Assert.Equal([503, 503, 200], gateway.Posts.Select(p => p.AnsweredStatus));
        Assert.All(gateway.Posts, p => Assert.Equal(("notice/case-7/1002/sms", "notice/case-7/1002/sms", "Bearer secret-token", "+8613800000002", "case-7"),
            (p.IdempotencyKeyHeader, p.IdempotencyKey, p.Authorization, p.To, p.Reference)));
        Assert.Equal(1, gateway.SentPerKey["notice/case-7/1002/sms"]);
        Assert.Equal([DeliveryStatus.RetryScheduled, DeliveryStatus.RetryScheduled, DeliveryStatus.Accepted], h.Observer.Events.Select(e => e.Status));
    }

    [Fact]
    public async Task Gateway400ParksTheMessageAsFailedWithTheGatewaysReason()
    {
        using var h = new DeliveryHarness();
        await using var gateway = await SmsTestGateway.StartAsync();
        gateway.Script = (_, _) => HttpStatusCode.BadRequest;
        await h.Store.EnqueueAsync(DeliveryHarness.Sms("k", "+8613800000003", "text"));

        await h.Dispatcher([h.SmsSender(gateway.Url)]).DispatchDueAsync(CancellationToken.None);
        h.Time.Advance(TimeSpan.FromHours(1));
        await h.Dispatcher([h.SmsSender(gateway.Url)]).DispatchDueAsync(CancellationToken.None);

        var message = (await h.Store.FindAsync("k"))!;
        Assert.Equal((OutboxState.Failed, 1), (message.State, message.Attempts));
        Assert.Equal("HTTP 400 Bad Request: number not reachable: no such subscriber", message.LastError);
        Assert.Single(gateway.Posts);
        Assert.Equal((DeliveryStatus.Parked, message.LastError), (h.Observer.Events.Single().Status, h.Observer.Events.Single().Detail));
    }

    [Fact]
    public async Task GatewayThatNeverRecoversParksTheMessageAfterMaxAttemptsWithTheLastError()
    {
        using var h = new DeliveryHarness();
        await using var gateway = await SmsTestGateway.StartAsync();
        gateway.Script = (_, attempt) => attempt < 5 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.TooManyRequests;
        var dispatcher = h.Dispatcher([h.SmsSender(gateway.Url)]);
        await h.Store.EnqueueAsync(DeliveryHarness.Sms("k", "+8613800000004", "text"));

        for (var round = 0; round < 8; round++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            h.Time.Advance(h.Retry.MaxDelay);
        }

        var message = (await h.Store.FindAsync("k"))!;
        Assert.Equal((OutboxState.Failed, h.Retry.MaxAttempts), (message.State, message.Attempts));
        Assert.Equal("Gave up after 5 attempts; last error: HTTP 429 Too Many Requests: busy", message.LastError);
        Assert.Equal(5, gateway.Posts.Count);
        Assert.Empty(gateway.SentPerKey);
    }

    [Fact]
    public async Task RetryAfterOf600SecondsFromTheGatewayOutweighsA10SecondBackoff()
    {
        using var h = new DeliveryHarness();
        await using var gateway = await SmsTestGateway.StartAsync();
        gateway.Script = (_, _) => HttpStatusCode.TooManyRequests;
        gateway.RetryAfterSeconds = 600;
        await h.Store.EnqueueAsync(DeliveryHarness.Sms("k", "+8613800000006", "text"));

        await h.Dispatcher([h.SmsSender(gateway.Url)]).DispatchDueAsync(CancellationToken.None);

        var message = (await h.Store.FindAsync("k"))!;
        Assert.Equal((OutboxState.RetryWait, DeliveryHarness.Start.AddSeconds(600)), (message.State, message.DueAt));
    }

    [Fact]
    public async Task UnreachableGatewayIsATransientFailure()
    {
        using var h = new DeliveryHarness();
        string url;
        await using (var gateway = await SmsTestGateway.StartAsync()) url = gateway.Url;
        await h.Store.EnqueueAsync(DeliveryHarness.Sms("k", "+8613800000005", "text"));

        await h.Dispatcher([h.SmsSender(url)]).DispatchDueAsync(CancellationToken.None);

        var message = (await h.Store.FindAsync("k"))!;
        Assert.Equal(OutboxState.RetryWait, message.State);
        Assert.StartsWith("Gateway unreachable", message.LastError);
    }
}
