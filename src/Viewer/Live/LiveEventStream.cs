using System.Globalization;
using System.Text;

namespace DroneInspect.Viewer.Live;

/// <summary>
/// Writes one subscription as text/event-stream: a retry hint and a comment at once (so the client sees the stream
/// open), then each event as "event: NAME" and one "data:" line of JSON, and a comment line whenever
/// <see cref="LiveOptions.Heartbeat"/> passes without an event. Ends when the subscription ends (the client was too
/// slow, the host stops) or the client leaves.
/// </summary>
public sealed class LiveEventStream(LiveOptions options, TimeProvider time)
{
    public const string ContentType = "text/event-stream";

    public const string HeartbeatComment = ": heartbeat\n\n";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public async Task WriteAsync(LiveSubscription subscription, Stream body, CancellationToken cancellationToken)
    {
        var retry = ((long)options.ClientRetry.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        await WriteTextAsync(body, $"retry: {retry}\n: connected\n\n", cancellationToken);

        Task<bool>? waiting = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            waiting ??= subscription.Reader.WaitToReadAsync(cancellationToken).AsTask();
            using (var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var delay = Task.Delay(options.Heartbeat, time, heartbeat.Token);
                var first = await Task.WhenAny(waiting, delay);
                await heartbeat.CancelAsync();
                if (first != waiting)
                {
                    if (!cancellationToken.IsCancellationRequested)
                    {
                        await WriteTextAsync(body, HeartbeatComment, cancellationToken);
                    }

                    continue;
                }
            }

            if (!await waiting || subscription.EndReason is LiveEndReason.TooSlow or LiveEndReason.ServerStopping)
            {
                return; // ended: no more events will come (or, dropped or stopping, none should be sent)
            }

            waiting = null;
            var text = new StringBuilder();
            while (subscription.Reader.TryRead(out var live))
            {
                text.Append("event: ").Append(live.Name).Append("\ndata: ").Append(live.DataJson).Append("\n\n");
            }

            await WriteTextAsync(body, text.ToString(), cancellationToken);
        }
    }

    private static async Task WriteTextAsync(Stream body, string text, CancellationToken cancellationToken)
    {
        await body.WriteAsync(Utf8.GetBytes(text), cancellationToken);
        await body.FlushAsync(cancellationToken);
    }
}
