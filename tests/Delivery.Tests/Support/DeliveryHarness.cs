using DroneInspect.Delivery.Dispatch;
using DroneInspect.Delivery.Email;
using DroneInspect.Delivery.Outbox;
using DroneInspect.Delivery.Sms;
using Microsoft.Extensions.Time.Testing;

namespace DroneInspect.Delivery.Tests.Support;

/// <summary>An outbox in a fresh temporary data folder, a fake clock, an observer and a log to inspect, and ways to build dispatchers and senders on them.</summary>
public sealed class DeliveryHarness : IDisposable
{
    private readonly List<OutboxStore> _stores = [];
    private readonly List<HttpClient> _clients = [];

    public DeliveryHarness()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "droneinspect-delivery-" + Guid.NewGuid().ToString("N"));
        Store = OpenStore();
    }

    /// <summary>When every test starts; messages are due from then on.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    public string DataFolder { get; }

    public OutboxStore Store { get; }

    public RecordingObserver Observer { get; } = new();

    public CapturingLogger<OutboxDispatcher> Log { get; } = new();

    public RetryOptions Retry { get; } = new() { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), MaxAttempts = 5, JitterFraction = 0.5 };

    public BackoffPolicy Backoff => new(Retry);

    /// <summary>Another handle on the same outbox.db, as a restarted process would open it.</summary>
    public OutboxStore OpenStore()
    {
        var store = OutboxStore.OpenInFolder(DataFolder, Time);
        _stores.Add(store);
        return store;
    }

    public OutboxDispatcher Dispatcher(IEnumerable<IChannelSender> senders, int maxConcurrentSends = 4, OutboxStore? store = null, RecordingObserver? observer = null) =>
        new(store ?? Store, senders, observer ?? Observer, Backoff,
            new DispatcherOptions { MaxConcurrentSends = maxConcurrentSends, BatchSize = 32, PollInterval = TimeSpan.FromMinutes(1) }, Time, Log);

    public SmtpEmailSender EmailSender(int port) => new(new SmtpOptions
    {
        Host = "127.0.0.1",
        Port = port,
        Security = SmtpSecurity.None,
        FromAddress = "service@grid.example",
        FromName = "供电服务中心 Service Desk",
        MessageIdDomain = "notices.grid.example",
    });

    public HttpSmsSender SmsSender(string url, string? bearerToken = null)
    {
        var client = new HttpClient();
        _clients.Add(client);
        return new HttpSmsSender(client, new SmsGatewayOptions { Url = url, BearerToken = bearerToken }, Time);
    }

    public static NewOutboxMessage Email(string key, string to, string subject, string body, string account = "1001") =>
        new(key, "case-7", account, DeliveryChannel.Email, to, subject, body, $"<p>{body}</p>", Start);

    public static NewOutboxMessage Sms(string key, string to, string text, string account = "1002") =>
        new(key, "case-7", account, DeliveryChannel.Sms, to, null, text, null, Start);

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
        foreach (var store in _stores) store.Dispose();
        Directory.Delete(DataFolder, recursive: true);
    }
}
