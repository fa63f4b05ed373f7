using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServiceProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace DroneInspect.Delivery.Tests.Support;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port whose store records every message it receives.
/// <see cref="HoldAfterStoring"/> makes it store one message and then withhold the "250 OK": a client stopped meanwhile
/// never learns that its message arrived, which is the crash window the outbox recovers from.
/// </summary>
public sealed class SmtpTestServer : IMessageStore, IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _running = Task.CompletedTask;

    private SmtpTestServer()
    {
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var services = new SmtpServiceProvider();
        services.Add(listeners);
        services.Add(this);
        _server = new SmtpServer.SmtpServer(options, services);
        PortTask = started.Task;
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Every message received, in order; a resend appears twice.</summary>
    public IReadOnlyList<ReceivedMail> Received => [.. _received];

    /// <summary>When set, the message with this Message-ID is stored and then its reply is withheld until <see cref="ReleaseHeld"/>.</summary>
    public string? HoldAfterStoring { get; set; }

    /// <summary>Completes when the held message has been stored.</summary>
    public Task Held => _held.Task;

    private Task<int> PortTask { get; }

    /// <summary>Starts a server and waits until it listens.</summary>
    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = new SmtpTestServer();
        server._running = server._server.StartAsync(server._stop.Token);
        server.Port = await server.PortTask.WaitAsync(TimeSpan.FromSeconds(30));
        return server;
    }

    /// <summary>Lets the held reply go (to a client that has gone away by then).</summary>
    public void ReleaseHeld() => _release.TrySetResult();

    /// <inheritdoc />
    public async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        using var mime = await MimeMessage.LoadAsync(stream, cancellationToken);
        var from = mime.From.Mailboxes.Single();
        _received.Enqueue(new ReceivedMail(mime.MessageId, [.. transaction.To.Select(m => m.AsAddress())], mime.Subject, mime.TextBody, mime.HtmlBody, from.Address, from.Name));
        if (mime.MessageId == HoldAfterStoring)
        {
            _held.TrySetResult();
            await _release.Task;
        }
        return SmtpResponse.Ok;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        ReleaseHeld();
        _server.Shutdown();
        await _stop.CancelAsync();
        await _server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(30));
        _stop.Dispose();
    }
}
