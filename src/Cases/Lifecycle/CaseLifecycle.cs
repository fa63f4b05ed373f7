using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>
/// The case's state machine as data: which state each event leads to, and which states each state may move to. Checks
/// an event against a state before it is recorded, so a refused step leaves the history untouched.
/// </summary>
public static class CaseLifecycle
{
    /// <summary>The longest free text kept in a note, a remark, a reason or a work summary.</summary>
    public const int MaxTextLength = 4000;

    private static readonly IReadOnlyDictionary<CaseStatus, CaseStatus[]> Next = new Dictionary<CaseStatus, CaseStatus[]>
    {
        [CaseStatus.NotOpened] = [CaseStatus.Opened],
        [CaseStatus.Opened] = [CaseStatus.Planned, CaseStatus.Cancelled],
        [CaseStatus.Planned] = [CaseStatus.Planned, CaseStatus.CustomersNotified, CaseStatus.Cancelled],
        [CaseStatus.CustomersNotified] = [CaseStatus.Planned, CaseStatus.Worked, CaseStatus.Cancelled],
        [CaseStatus.Worked] = [CaseStatus.Resolved, CaseStatus.Cancelled],
        [CaseStatus.Resolved] = [CaseStatus.FollowedUp, CaseStatus.Cancelled],
        [CaseStatus.FollowedUp] = [CaseStatus.Closed, CaseStatus.Cancelled],
        [CaseStatus.Closed] = [],
        [CaseStatus.Cancelled] = [],
    };

    /// <summary>The states a case in <paramref name="status"/> may move to, in the order of the work.</summary>
    public static IReadOnlyList<CaseStatus> AllowedFrom(CaseStatus status) => Next[status];

    /// <summary>True for Closed and Cancelled: nothing more can be recorded.</summary>
    public static bool IsFinal(CaseStatus status) => Next[status].Length == 0;

    /// <summary>True while the case is open (opened and not final): notes, notice statuses and findings may be added.</summary>
    public static bool IsOpen(CaseStatus status) => status != CaseStatus.NotOpened && !IsFinal(status);

    /// <summary>The state <paramref name="caseEvent"/> moves a case to; null for events that leave the state as it is.</summary>
    public static CaseStatus? TargetOf(CaseEvent caseEvent) => caseEvent switch
    {
        CaseOpened => CaseStatus.Opened,
        WorkPlanned => CaseStatus.Planned,
        CustomersNotified => CaseStatus.CustomersNotified,
        WorkDone => CaseStatus.Worked,
        CaseResolved => CaseStatus.Resolved,
        FollowUpRecorded => CaseStatus.FollowedUp,
        CaseClosed => CaseStatus.Closed,
        CaseCancelled => CaseStatus.Cancelled,
        NoteAdded or NoticeStatusRecorded or FindingAdded => null,
        _ => throw new ArgumentException($"Unknown case event {caseEvent.GetType().Name}.", nameof(caseEvent)),
    };

    /// <summary>
    /// Throws <see cref="CaseTransitionException"/> when a case in <paramref name="current"/> cannot take
    /// <paramref name="caseEvent"/>, and <see cref="ArgumentException"/> when the event's content is invalid (no who, a
    /// satisfaction outside 1-5, an empty reason, a window that ends before it starts...).
    /// </summary>
    public static void Check(string caseId, CaseStatus current, CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        Validate(caseEvent);
        var target = TargetOf(caseEvent);
        if (target is { } next)
        {
            if (!Next[current].Contains(next))
            {
                throw new CaseTransitionException(caseId, current, next.ToString(), Next[current]);
            }

            return;
        }

        if (!IsOpen(current))
        {
            throw new CaseTransitionException(caseId, current, StepOf(caseEvent), Next[current]);
        }
    }

    private static string StepOf(CaseEvent caseEvent) => caseEvent switch
    {
        NoteAdded => "take a note",
        NoticeStatusRecorded => "record a notice status",
        FindingAdded => "add a finding",
        _ => caseEvent.GetType().Name,
    };

    private static void Validate(CaseEvent caseEvent)
    {
        Text(caseEvent.Who, "who", 200);
        switch (caseEvent)
        {
            case CaseOpened opened:
                Text(opened.CaseId, "case id", 200);
                Text(opened.FlightId, "flight id", 200);
                if (opened.FindingIds.Count == 0 || opened.FindingIds.Any(string.IsNullOrWhiteSpace))
                {
                    throw new ArgumentException("A case needs at least one finding id, none blank.", nameof(caseEvent));
                }

                break;
            case WorkPlanned planned:
                ValidateWindow(planned.Window);
                break;
            case CustomersNotified { Count: < 0 } notified:
                throw new ArgumentException($"A notified count cannot be negative ({notified.Count}).", nameof(caseEvent));
            case WorkDone done:
                Text(done.Summary, "what was done", MaxTextLength);
                break;
            case FollowUpRecorded { Satisfaction: < 1 or > 5 } followUp:
                throw new ArgumentException($"Satisfaction is 1 to 5, not {followUp.Satisfaction}.", nameof(caseEvent));
            case FollowUpRecorded { Remarks.Length: > MaxTextLength }:
                throw new ArgumentException($"Remarks are at most {MaxTextLength} characters.", nameof(caseEvent));
            case CaseCancelled cancelled:
                Text(cancelled.Reason, "a reason to cancel", MaxTextLength);
                break;
            case NoteAdded note:
                Text(note.Text, "the note's text", MaxTextLength);
                break;
            case NoticeStatusRecorded notice:
                Text(notice.Account, "the customer's account", 200);
                if (notice.Detail is { Length: > MaxTextLength })
                {
                    throw new ArgumentException($"A notice detail is at most {MaxTextLength} characters.", nameof(caseEvent));
                }

                break;
            case FindingAdded added:
                Text(added.FlightId, "flight id", 200);
                Text(added.FindingId, "finding id", 200);
                break;
        }
    }

    private static void ValidateWindow(WorkWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.EndUtc <= window.StartUtc)
        {
            throw new ArgumentException($"The work window ends ({window.EndUtc:O}) before it starts ({window.StartUtc:O}).", nameof(window));
        }

        if (window.PlannedOutage != window.OutageDuration is not null)
        {
            throw new ArgumentException("An outage length is given exactly when an outage is planned.", nameof(window));
        }

        if (window.OutageDuration is { } outage && (outage <= TimeSpan.Zero || outage > window.Duration))
        {
            throw new ArgumentException($"The outage ({outage}) must be positive and fit in the window ({window.Duration}).", nameof(window));
        }
    }

    private static void Text(string? value, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            throw new ArgumentException($"{char.ToUpperInvariant(what[0])}{what[1..]} is required (1 to {maxLength} characters).", what);
        }
    }
}
