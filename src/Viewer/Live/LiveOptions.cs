namespace DroneInspect.Viewer.Live;

/// <summary>Timings and bounds of the live event stream; registered once, replaced by tests that need faster polling.</summary>
public sealed class LiveOptions
{
    /// <summary>
    /// Events a stream may have waiting to be sent. A client that falls this far behind is dropped (its stream ends;
    /// EventSource reconnects and the page reloads what it shows), so a slow reader never holds up the server.
    /// </summary>
    public int QueueCapacity { get; init; } = 256;

    /// <summary>A comment line at least this often keeps proxies and idle timeouts from closing a quiet stream.</summary>
    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often flights still running are asked for their progress.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often every flight is listed, to notice flights started elsewhere (`analyze`, another silo).</summary>
    public TimeSpan ListInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>What an EventSource waits before reconnecting after a stream ends (sent as the SSE retry field).</summary>
    public TimeSpan ClientRetry { get; init; } = TimeSpan.FromSeconds(3);
}
