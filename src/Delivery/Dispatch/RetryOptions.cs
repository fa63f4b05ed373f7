namespace DroneInspect.Delivery.Dispatch;

/// <summary>How often and how patiently a failing message is retried ("Delivery:Retry").</summary>
public sealed class RetryOptions
{
    /// <summary>The wait after the first failed attempt; it doubles with each further one.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts (before jitter).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a message is parked as failed, counting the first.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// Share of a wait that is random, 0 to 1: the wait is drawn from [delay x (1 - JitterFraction), delay], so messages
    /// that failed together (a gateway outage) do not all come back in the same second.
    /// </summary>
    public double JitterFraction { get; set; } = 0.2;
}
