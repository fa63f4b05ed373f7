namespace DroneInspect.Delivery.Outbox;

/// <summary>One try to hand a message to its transport.</summary>
/// <param name="Number">1-based.</param>
/// <param name="StartedAt">Written before the transport was called.</param>
/// <param name="FinishedAt">Null while the attempt is in flight, or if the process died during it and no dispatcher has recovered it yet.</param>
/// <param name="Outcome">Null while in flight.</param>
public sealed record DeliveryAttempt(int Number, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, AttemptOutcome? Outcome, string? Error);

/// <summary>How an attempt ended.</summary>
public enum AttemptOutcome
{
    /// <summary>The transport accepted the message.</summary>
    Accepted,

    /// <summary>Failed; worth another try.</summary>
    Transient,

    /// <summary>Failed for good (bad address, refused content).</summary>
    Permanent,

    /// <summary>The process stopped during the attempt; whether the transport got the message is unknown, so it is sent again with the same key.</summary>
    Interrupted,
}
