using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>
/// A case as its events leave it (<see cref="Apply"/> folds one more). Immutable: each event gives a new view.
/// Times UTC.
/// </summary>
/// <param name="Findings">The findings the case is about, in the order they joined.</param>
/// <param name="Window">The latest planned work window; null until planned.</param>
/// <param name="NotifiedCount">How many customers the last notification reached; null until notified.</param>
/// <param name="WorkSummary">What the crew did; null until worked.</param>
/// <param name="Notices">Every notice status recorded, oldest first.</param>
/// <param name="History">Every event, numbered from 1, oldest first.</param>
public sealed record CaseView(
    string CaseId,
    CaseStatus Status,
    string? FlightId,
    string? AssetId,
    IReadOnlyList<CaseFindingRef> Findings,
    CaseUrgency Urgency,
    DateTimeOffset? OpenedUtc,
    DateTimeOffset? DueUtc,
    IReadOnlyList<string> CustomerAccounts,
    WorkWindow? Window,
    int? NotifiedCount,
    string? WorkSummary,
    CaseFollowUp? FollowUp,
    string? CancelReason,
    IReadOnlyList<NoticeStatusRecorded> Notices,
    IReadOnlyList<CaseHistoryEntry> History)
{
    /// <summary>A case with no events yet.</summary>
    public static CaseView NotOpened(string caseId) =>
        new(caseId, CaseStatus.NotOpened, null, null, [], CaseUrgency.Minor, null, null, [], null, null, null, null, null, [], []);

    /// <summary>When the last event was recorded; null before the first.</summary>
    public DateTimeOffset? UpdatedUtc => History.Count == 0 ? null : History[^1].Event.AtUtc;

    /// <summary>
    /// The view after <paramref name="caseEvent"/>; throws <see cref="CaseTransitionException"/> when the case's state
    /// does not allow it (see <see cref="CaseLifecycle.Check"/>).
    /// </summary>
    public CaseView Apply(CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        var caseId = caseEvent is CaseOpened { CaseId: var opening } && string.IsNullOrEmpty(CaseId) ? opening : CaseId;
        if (caseEvent is CaseOpened other && other.CaseId != caseId)
        {
            throw new ArgumentException($"Case {caseId} cannot be opened as case {other.CaseId}.", nameof(caseEvent));
        }

        CaseLifecycle.Check(caseId, Status, caseEvent);
        var next = this with
        {
            CaseId = caseId,
            Status = CaseLifecycle.TargetOf(caseEvent) ?? Status,
            History = [.. History, new CaseHistoryEntry(History.Count + 1, caseEvent)],
        };
        return caseEvent switch
        {
            CaseOpened o => next with
            {
                FlightId = o.FlightId,
                AssetId = o.AssetId,
                Findings = [.. o.FindingIds.Select(id => new CaseFindingRef(o.FlightId, id))],
                Urgency = o.Urgency,
                OpenedUtc = o.AtUtc,
                DueUtc = o.DueUtc,
                CustomerAccounts = o.CustomerAccounts,
            },
            WorkPlanned p => next with { Window = p.Window },
            CustomersNotified n => next with { NotifiedCount = n.Count },
            WorkDone w => next with { WorkSummary = w.Summary },
            FollowUpRecorded f => next with { FollowUp = new CaseFollowUp(f.Satisfaction, f.Remarks, f.Channel, f.Who, f.AtUtc) },
            CaseCancelled c => next with { CancelReason = c.Reason },
            NoticeStatusRecorded n => next with { Notices = [.. Notices, n] },
            FindingAdded a => Joined(next, a),
            _ => next,
        };
    }

    /// <summary>The view after all of <paramref name="events"/>, in order.</summary>
    public static CaseView Of(string caseId, IEnumerable<CaseEvent> events) =>
        events.Aggregate(NotOpened(caseId), (view, e) => view.Apply(e));

    /// <summary>True when the finding is already part of the case.</summary>
    public bool Covers(string flightId, string findingId) => Findings.Contains(new CaseFindingRef(flightId, findingId));

    private static CaseView Joined(CaseView view, FindingAdded added)
    {
        var reference = new CaseFindingRef(added.FlightId, added.FindingId);
        return view with
        {
            Findings = view.Findings.Contains(reference) ? view.Findings : [.. view.Findings, reference],
            Urgency = added.Urgency > view.Urgency ? added.Urgency : view.Urgency,
            DueUtc = view.DueUtc is { } due && due <= added.DueUtc ? due : added.DueUtc,
        };
    }
}
