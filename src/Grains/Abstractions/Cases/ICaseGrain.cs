using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Grains.Abstractions.Cases;

/// <summary>
/// One customer inspection case, event-sourced: every step is an event kept with who and when, in order. Key: the case id
/// (<see cref="CaseIds"/>). A step the case's state does not allow throws <see cref="CaseTransitionException"/> naming the
/// state and the allowed steps; invalid content throws <see cref="ArgumentException"/>; either way nothing is recorded.
/// Each method returns the case as it stands after the step.
/// </summary>
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>Opens the case; the due time comes from the urgency through the silo's <see cref="CaseDuePolicy"/>.</summary>
    Task<CaseView> Open(CaseOpenRequest request, string who);

    /// <summary>Opens the case, or, when it is open already, adds the request's findings it does not yet cover.</summary>
    Task<CaseView> OpenOrAddFindings(CaseOpenRequest request, string who);

    /// <summary>Sets the work window, or replaces it until the work is done.</summary>
    Task<CaseView> Plan(WorkWindow window, string who);

    /// <summary>Records that <paramref name="customerCount"/> affected customers were sent their notices.</summary>
    Task<CaseView> MarkNotified(int customerCount, string who);

    /// <summary>Records what the crew did.</summary>
    Task<CaseView> RecordWork(string summary, string who);

    Task<CaseView> Resolve(string who);

    /// <summary>Records the follow-up: <paramref name="satisfaction"/> 1 (very unhappy) to 5 (very satisfied).</summary>
    Task<CaseView> RecordFollowUp(int satisfaction, string? remarks, ContactChannel channel, string who);

    Task<CaseView> Close(string who);

    /// <summary>Ends the case without the work, from any state before Closed.</summary>
    Task<CaseView> Cancel(string reason, string who);

    Task<CaseView> AddNote(string text, string who);

    /// <summary>Records what became of a notice to one customer on one channel (sent, delivered, failed, replied).</summary>
    Task<CaseView> RecordNoticeStatus(string account, ContactChannel channel, NoticeDeliveryStatus status, string? detail, string who);

    /// <summary>Adds a further finding on the case's asset; a more urgent one brings the due time forward.</summary>
    Task<CaseView> AddFinding(string flightId, string findingId, CaseUrgency urgency, string who);

    Task<CaseView> View();

    /// <summary>Every event, numbered from 1, oldest first.</summary>
    Task<IReadOnlyList<CaseHistoryEntry>> History();
}
