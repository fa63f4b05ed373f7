namespace DroneInspect.Cases.FollowUps;

/// <summary>What a follow-up's area is: a feeder or a service transformer.</summary>
public enum FollowUpAreaKind
{
    Feeder,
    Transformer,
}
