using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.FollowUps;

/// <summary>
/// One follow-up call or visit after a case was resolved: due at <see cref="DueUtc"/>, done when
/// <see cref="DoneAtUtc"/> is set. Satisfaction is the customer's answer on a 1 (very dissatisfied) to 5 (very
/// satisfied) scale, null when not given (not yet done, or the customer declined).
/// </summary>
/// <param name="AreaId">The feeder or transformer id the case is on.</param>
/// <param name="CaseKind">What the case was about, e.g. "thermal", "visual", "customer-report".</param>
public sealed record FollowUpRecord(
    string CaseId,
    FollowUpAreaKind AreaKind,
    string AreaId,
    string CaseKind,
    CaseUrgency Urgency,
    int? Satisfaction,
    string? Remarks,
    DateTimeOffset DueUtc,
    DateTimeOffset? DoneAtUtc)
{
    /// <summary>Lowest and highest satisfaction; at or below <see cref="DissatisfiedAtMost"/> counts as dissatisfied.</summary>
    public const int MinSatisfaction = 1, MaxSatisfaction = 5, DissatisfiedAtMost = 2;

    public bool IsOpen => DoneAtUtc is null;
}
