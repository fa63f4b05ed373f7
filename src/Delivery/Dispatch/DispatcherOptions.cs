namespace DroneInspect.Delivery.Dispatch;

/// <summary>How the dispatcher works through the outbox ("Delivery:Dispatcher").</summary>
public sealed class DispatcherOptions
{
    /// <summary>Messages in flight at once, over all channels.</summary>
    public int MaxConcurrentSends { get; set; } = 4;

    /// <summary>Due messages taken per round.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>The longest idle wait before the outbox is looked at again (messages enqueued by another process show up at the latest then).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
