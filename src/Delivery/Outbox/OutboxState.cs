namespace DroneInspect.Delivery.Outbox;

/// <summary>Where a message stands: Pending -> Sending -> Sent, or -> RetryWait -> Sending ..., or parked as Failed.</summary>
public enum OutboxState
{
    /// <summary>Enqueued, never tried.</summary>
    Pending,

    /// <summary>An attempt was recorded and the transport was called; the outcome is not known yet (or was lost in a crash).</summary>
    Sending,

    /// <summary>The transport accepted the message.</summary>
    Sent,

    /// <summary>The last attempt failed in a way worth retrying; the next one is due at <see cref="OutboxMessage.DueAt"/>.</summary>
    RetryWait,

    /// <summary>Parked: a permanent failure, or the attempts ran out. <see cref="OutboxMessage.LastError"/> says why.</summary>
    Failed,
}
