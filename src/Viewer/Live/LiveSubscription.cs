using System.Threading.Channels;

namespace DroneInspect.Viewer.Live;

/// <summary>Why a stream ended.</summary>
public enum LiveEndReason
{
    /// <summary>Still open.</summary>
    None,

    /// <summary>The client left (or the stream was disposed).</summary>
    Left,

    /// <summary>Its queue filled up: the client read too slowly and was dropped.</summary>
    TooSlow,

    /// <summary>The host is stopping.</summary>
    ServerStopping,
}

/// <summary>One open stream's queue of events, in the order they were published; read by one writer only.</summary>
public sealed class LiveSubscription : IDisposable
{
    private readonly Channel<LiveEvent> _channel;
    private readonly LiveEventHub _hub;
    private int _endReason;

    internal LiveSubscription(LiveAudience audience, Channel<LiveEvent> channel, LiveEventHub hub)
    {
        (Audience, _channel, _hub) = (audience, channel, hub);
    }

    public LiveAudience Audience { get; }

    /// <summary>Completes (WaitToReadAsync answers false) once the queue is drained after the stream ended.</summary>
    public ChannelReader<LiveEvent> Reader => _channel.Reader;

    public LiveEndReason EndReason => (LiveEndReason)Volatile.Read(ref _endReason);

    internal ChannelWriter<LiveEvent> Writer => _channel.Writer;

    internal void End(LiveEndReason reason)
    {
        Interlocked.CompareExchange(ref _endReason, (int)reason, (int)LiveEndReason.None);
        _channel.Writer.TryComplete();
    }

    public void Dispose() => _hub.Remove(this, LiveEndReason.Left);
}
