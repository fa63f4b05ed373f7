namespace DroneInspect.Delivery.Outbox;

/// <summary>The transports the outbox can send through. A phone call or a visit is a task for people, not a message.</summary>
public enum DeliveryChannel
{
    Email,
    Sms,
}
