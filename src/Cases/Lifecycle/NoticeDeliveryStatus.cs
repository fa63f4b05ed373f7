namespace DroneInspect.Cases.Lifecycle;

/// <summary>What became of one notice to one customer on one channel, as the outbox or the service desk records it.</summary>
public enum NoticeDeliveryStatus
{
    /// <summary>Handed to the channel (SMTP server, SMS gateway, a call placed).</summary>
    Sent,

    /// <summary>The channel confirmed delivery.</summary>
    Delivered,

    /// <summary>The channel gave up; the detail says why.</summary>
    Failed,

    /// <summary>The customer answered; the detail holds the reply.</summary>
    Replied,
}
