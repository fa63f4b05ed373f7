namespace DroneInspect.Delivery.Dispatch;

/// <summary>What a transport said about one attempt.</summary>
/// <param name="TransportId">The transport's id for an accepted message, when it gives one.</param>
/// <param name="Error">Why it failed; kept in the outbox (may quote the remote server), never logged.</param>
/// <param name="RetryAfter">The transport's own "try again after" (HTTP Retry-After), a floor for the backoff.</param>
public sealed record SendResult(SendOutcome Outcome, string? TransportId, string? Error, TimeSpan? RetryAfter)
{
    /// <summary>The transport took the message.</summary>
    public static SendResult Accepted(string? transportId) => new(SendOutcome.Accepted, transportId, null, null);

    /// <summary>Failed now; may work later.</summary>
    public static SendResult Transient(string error, TimeSpan? retryAfter = null) => new(SendOutcome.Transient, null, error, retryAfter);

    /// <summary>Failed for good: retrying cannot help.</summary>
    public static SendResult Permanent(string error) => new(SendOutcome.Permanent, null, error, null);
}

/// <summary>Accepted, worth retrying, or final failure.</summary>
public enum SendOutcome
{
    Accepted,
    Transient,
    Permanent,
}
