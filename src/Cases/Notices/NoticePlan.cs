using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Notices;

/// <summary>Everything the case's customers hear before the work, and what the service team must do around it.</summary>
/// <param name="SendAtUtc">When the notices go out (all go together).</param>
/// <param name="ShortNotice">Why they go out at once; <see cref="ShortNoticeReason.None"/> when the lead time is kept.</param>
/// <param name="Why">The reason for short notice in words (e.g. "critical defect, repair cannot wait 3 days"); null when on time.</param>
/// <param name="Language">The language of the desk texts (<see cref="Why"/>, task descriptions, problems).</param>
public sealed record NoticePlan(
    string CaseId,
    WorkWindow Window,
    DateTimeOffset SendAtUtc,
    ShortNoticeReason ShortNotice,
    string? Why,
    string Language,
    IReadOnlyList<PlannedNotice> Notices,
    IReadOnlyList<ServiceTask> Tasks,
    IReadOnlyList<NoticeProblem> Problems);
