namespace DroneInspect.Delivery.Outbox;

/// <summary>The message under the key, and whether this call created it (false: the key was known and nothing changed).</summary>
public sealed record EnqueueResult(OutboxMessage Message, bool Created);
