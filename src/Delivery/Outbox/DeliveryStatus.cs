namespace DroneInspect.Delivery.Outbox;

/// <summary>What a case hears about one of its messages.</summary>
public enum DeliveryStatus
{
    /// <summary>The transport (SMTP server, SMS gateway) accepted the message.</summary>
    Accepted,

    /// <summary>An attempt failed; another is scheduled. The detail says why.</summary>
    RetryScheduled,

    /// <summary>The outbox gave up: permanent failure or attempts exhausted. The detail is the last error.</summary>
    Parked,

    /// <summary>The network reported the message delivered to the handset or mailbox.</summary>
    Delivered,

    /// <summary>The network reported the message undeliverable after accepting it.</summary>
    Failed,

    /// <summary>The customer replied; the detail is the reply's text.</summary>
    Replied,
}
