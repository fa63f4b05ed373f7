namespace DroneInspect.Cases.Requests;

/// <summary>Where an inspection request stands: open requests go on the next flights' target list.</summary>
public enum RequestStatus
{
    Open,
    Planned,
    Done,
    Cancelled,
}
