using DroneInspect.Delivery.Dispatch;
using DroneInspect.Delivery.Outbox;
using DroneInspect.Delivery.Sms;
using DroneInspect.Delivery.Tests.Support;

namespace DroneInspect.Delivery.Tests.Sms;

public sealed class DeliveryReportTests
{
    [Fact]
    public async Task ReplyFromTheWebhookIsKeptOnItsMessageAndReachesTheCase()
    {
        using var h = new DeliveryHarness();
        await h.Store.EnqueueAsync(DeliveryHarness.Sms("k", "+8613800000001", "停电通知"));
        var recorder = new DeliveryReportRecorder(h.Store, h.Observer, new CapturingLogger<DeliveryReportRecorder>());
        var payload = new SmsDeliveryReportPayload("k", "reply", "能改到下午吗？", null, null);

        Assert.True(payload.TryToReport(DeliveryHarness.Start.AddHours(1), out var report, out _));
        Assert.True(await recorder.RecordAsync("k", report));

        var message = (await h.Store.FindAsync("k"))!;
        var kept = Assert.Single(await h.Store.ReportsAsync(message.Id));
        Assert.Equal((DeliveryStatus.Replied, "能改到下午吗？", DeliveryHarness.Start.AddHours(1)), (kept.Status, kept.Detail, kept.At));
        Assert.Equal(("k", DeliveryStatus.Replied, "能改到下午吗？"), h.Observer.Events.Single());
    }

    [Fact]
    public async Task ReportForAKeyTheOutboxNeverHadIsRefused()
    {
        using var h = new DeliveryHarness();
        var recorder = new DeliveryReportRecorder(h.Store, h.Observer, new CapturingLogger<DeliveryReportRecorder>());

        Assert.False(await recorder.RecordAsync("unknown", new DeliveryReport(DeliveryStatus.Delivered, null, DeliveryHarness.Start)));
        Assert.Empty(h.Observer.Events);
    }

    [Theory]
    [InlineData(null, "delivered", "idempotencyKey is missing.")]
    [InlineData("k", "read", "status must be delivered, failed or reply.")]
    public void MalformedPayloadIsRefusedWithAReason(string? key, string status, string expected)
    {
        Assert.False(new SmsDeliveryReportPayload(key, status, null, null, null).TryToReport(DeliveryHarness.Start, out _, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void FailedReportCarriesTheNetworksReason()
    {
        Assert.True(new SmsDeliveryReportPayload("k", "failed", null, "absent subscriber", DeliveryHarness.Start).TryToReport(DeliveryHarness.Start.AddDays(1), out var report, out _));
        Assert.Equal(new DeliveryReport(DeliveryStatus.Failed, "absent subscriber", DeliveryHarness.Start), report);
    }
}
