using System.Collections.Concurrent;
using System.Threading.Channels;

namespace DroneInspect.Viewer.Live;

/// <summary>
/// Fans events out to every open stream, in process. Publishing never waits: each stream has a bounded queue
/// (<see cref="LiveOptions.QueueCapacity"/>), and a stream whose queue is full is dropped rather than slowing the
/// upload or the poll that published. Closing the hub (on host stop) ends every stream, so no open stream holds
/// up shutdown.
/// </summary>
public sealed class LiveEventHub(LiveOptions options)
{
    private readonly ConcurrentDictionary<LiveSubscription, byte> _subscriptions = new();
    private volatile bool _closed;

    /// <summary>Streams open now; the flight watcher polls only while someone listens.</summary>
    public int SubscriberCount => _subscriptions.Count;

    /// <summary>A stream for <paramref name="audience"/>; already ended when the hub is closed. Dispose it to leave.</summary>
    public LiveSubscription Subscribe(LiveAudience audience)
    {
        var channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then answers false, and the hub drops the stream
            SingleReader = true,
        });
        var subscription = new LiveSubscription(audience, channel, this);
        _subscriptions[subscription] = 0;
        if (_closed)
        {
            Remove(subscription, LiveEndReason.ServerStopping);
        }

        return subscription;
    }

    /// <summary>Queues <paramref name="live"/> for every stream whose audience admits it; returns at once.</summary>
    public void Publish(LiveEvent live)
    {
        foreach (var subscription in _subscriptions.Keys)
        {
            if (subscription.Audience.Admits(live) && !subscription.Writer.TryWrite(live))
            {
                Remove(subscription, LiveEndReason.TooSlow);
            }
        }
    }

    /// <summary>Ends every stream and refuses new ones (called when the host begins to stop).</summary>
    public void Close()
    {
        _closed = true;
        foreach (var subscription in _subscriptions.Keys)
        {
            Remove(subscription, LiveEndReason.ServerStopping);
        }
    }

    internal void Remove(LiveSubscription subscription, LiveEndReason reason)
    {
        if (_subscriptions.TryRemove(subscription, out _))
        {
            subscription.End(reason);
        }
    }
}
