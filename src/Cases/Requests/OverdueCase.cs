using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Requests;

/// <summary>A case past its due time, as the case store lists it for flight planning: only ids, urgency and time.</summary>
public sealed record OverdueCase(string CaseId, string AssetId, CaseUrgency Urgency, DateTimeOffset DueUtc)
{
    /// <summary>The flight priority of an overdue case: critical is urgent, serious high, general normal, minor low.</summary>
    public RequestPriority Priority => Urgency switch
    {
        CaseUrgency.Critical => RequestPriority.Urgent,
        CaseUrgency.Serious => RequestPriority.High,
        CaseUrgency.General => RequestPriority.Normal,
        _ => RequestPriority.Low,
    };
}
