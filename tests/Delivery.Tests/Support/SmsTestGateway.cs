using System.Collections.Concurrent;
using System.Net;
using DroneInspect.Delivery.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Delivery.Tests.Support;

/// <summary>
/// An SMS gateway on a free loopback port (Kestrel). It answers each POST with the status <see cref="Script"/> picks,
/// dedups by idempotency key as a real gateway does (a key it accepted once is answered 200 again but not sent again),
/// and can withhold its answer to one key after accepting it (<see cref="HoldAfterAccepting"/>).
/// </summary>
public sealed class SmsTestGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GatewayPost> _posts = new();
    private readonly ConcurrentDictionary<string, int> _sent = new();
    private readonly ConcurrentDictionary<string, int> _triesPerKey = new();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SmsTestGateway(WebApplication app) => _app = app;

    /// <summary>The URL to POST messages to.</summary>
    public string Url { get; private set; } = "";

    /// <summary>Status to answer the n-th try (1-based) of a key with; 200 for every try by default.</summary>
    public Func<string, int, HttpStatusCode> Script { get; set; } = (_, _) => HttpStatusCode.OK;

    /// <summary>When set, this key is accepted (counted as sent) and the answer is withheld until <see cref="ReleaseHeld"/>.</summary>
    public string? HoldAfterAccepting { get; set; }

    /// <summary>Completes when the held key has been accepted.</summary>
    public Task Held => _held.Task;

    /// <summary>When set, refusals carry "Retry-After: this many seconds".</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>Every POST, in order, resends included.</summary>
    public IReadOnlyList<GatewayPost> Posts => [.. _posts];

    /// <summary>How many times each key went out to a handset: 1 for every key a well-behaved client sent.</summary>
    public IReadOnlyDictionary<string, int> SentPerKey => _sent;

    /// <summary>Starts a gateway and waits until it listens.</summary>
    public static async Task<SmsTestGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var gateway = new SmsTestGateway(builder.Build());
        gateway._app.MapPost("/sms", gateway.HandleAsync);
        await gateway._app.StartAsync();
        var address = gateway._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        gateway.Url = $"{address}/sms";
        return gateway;
    }

    /// <summary>Lets the held answer go.</summary>
    public void ReleaseHeld() => _release.TrySetResult();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        ReleaseHeld();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request, HttpResponse response)
    {
        var body = await request.ReadFromJsonAsync<SmsGatewayRequest>() ?? throw new InvalidDataException("Empty SMS request.");
        var key = body.IdempotencyKey;
        var status = _sent.ContainsKey(key) ? HttpStatusCode.OK : Script(key, _triesPerKey.AddOrUpdate(key, 1, (_, n) => n + 1));
        _posts.Enqueue(new GatewayPost(request.Headers["Idempotency-Key"].SingleOrDefault(), request.Headers.Authorization.SingleOrDefault(),
            body.To, body.Text, key, body.Reference, (int)status));
        if (status != HttpStatusCode.OK)
        {
            if (RetryAfterSeconds is { } seconds) response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Text(status == HttpStatusCode.BadRequest ? "number not reachable: no such subscriber" : "busy", statusCode: (int)status);
        }
        _sent.TryAdd(key, 1);
        if (key == HoldAfterAccepting)
        {
            _held.TrySetResult();
            await _release.Task;
        }
        return Results.Json(new { id = $"gw-{key}" });
    }
}
