namespace DroneInspect.Cases.Requests;

/// <summary>How soon an inspection request or a flight target must be looked at; order is data (higher is sooner).</summary>
public enum RequestPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
