using System.Security.Cryptography;
using System.Text;
using DroneInspect.Delivery.Email;
using DroneInspect.Delivery.Outbox;
using DroneInspect.Delivery.Tests.Support;

namespace DroneInspect.Delivery.Tests.Email;

public sealed class SmtpEmailSenderTests
{
    [Fact]
    public async Task EachOfTenNoticesReachesARealSmtpServerOnceWithRecipientSubjectBodyAndMessageIdFromItsKey()
    {
        using var h = new DeliveryHarness();
        await using var smtp = await SmtpTestServer.StartAsync();
        var notices = Enumerable.Range(1, 9)
            .Select(i => DeliveryHarness.Email($"notice/case-7/acct-{i}", $"customer{i}@example.com", $"Planned outage notice {i}", $"Dear customer {i}, supply is cut on 5 March 09:00-12:00."))
            .Append(DeliveryHarness.Email("notice/case-7/acct-10", "wang.fang@example.cn", "计划停电通知", "尊敬的客户：因线路检修，3月5日9:00至12:00停电，时长约3小时。24小时服务热线：95598。"))
            .ToList();
        foreach (var notice in notices) await h.Store.EnqueueAsync(notice);

        var due = await h.Dispatcher([h.EmailSender(smtp.Port)]).DispatchDueAsync(CancellationToken.None);

        Assert.Equal(10, due);
        Assert.Equal(10, smtp.Received.Count);
        foreach (var notice in notices)
        {
            var mail = Assert.Single(smtp.Received, m => m.MessageId == ExpectedMessageId(notice.IdempotencyKey));
            Assert.Equal([notice.Recipient], mail.EnvelopeTo);
            Assert.Equal(notice.Subject, mail.Subject);
            Assert.Equal(notice.BodyText, mail.TextBody?.TrimEnd());
            Assert.Contains(notice.BodyText, mail.HtmlBody);
            Assert.Equal(("service@grid.example", "供电服务中心 Service Desk"), (mail.FromAddress, mail.FromName));
            Assert.Equal(OutboxState.Sent, (await h.Store.FindAsync(notice.IdempotencyKey))!.State);
        }
    }

    [Fact]
    public async Task EnqueuingTheSameNoticeTwiceSendsOneMail()
    {
        using var h = new DeliveryHarness();
        await using var smtp = await SmtpTestServer.StartAsync();
        var dispatcher = h.Dispatcher([h.EmailSender(smtp.Port)]);

        await h.Store.EnqueueAsync(DeliveryHarness.Email("notice/case-7/1001", "a@example.com", "Notice", "Text"));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await h.Store.EnqueueAsync(DeliveryHarness.Email("notice/case-7/1001", "a@example.com", "Notice", "Text"));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task RecipientThatIsNotAnAddressIsParkedWithoutContactingTheServer()
    {
        using var h = new DeliveryHarness();
        await using var smtp = await SmtpTestServer.StartAsync();
        await h.Store.EnqueueAsync(DeliveryHarness.Email("bad", "not an address", "S", "B"));

        await h.Dispatcher([h.EmailSender(smtp.Port)]).DispatchDueAsync(CancellationToken.None);

        var message = await h.Store.FindAsync("bad");
        Assert.Equal((OutboxState.Failed, "The recipient is not an e-mail address."), (message!.State, message.LastError));
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public void MessageIdIsTheKeysSha256DigestAtTheConfiguredDomain()
    {
        Assert.Equal(ExpectedMessageId("notice/case-7/1001"), EmailMessageIds.For("notice/case-7/1001", "notices.grid.example"));
        Assert.NotEqual(EmailMessageIds.For("a", "d"), EmailMessageIds.For("b", "d"));
    }

    private static string ExpectedMessageId(string key) =>
        string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes(key)).Take(20).Select(b => b.ToString("x2"))) + "@notices.grid.example";
}
