using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>The case starts: which findings on which asset, how urgent, due when, and whose supply depends on the asset.</summary>
/// <param name="AssetId">The asset (pole, transformer, span...) from the network; null when the finding was not placed on one.</param>
/// <param name="FindingIds">The flight's findings the case is about (ids as the flight's findings list them).</param>
/// <param name="DueUtc">When the work must be done, from <see cref="Urgency"/> through the <see cref="CaseDuePolicy"/>.</param>
/// <param name="CustomerAccounts">Accounts of the customers affected by work on the asset.</param>
public sealed record CaseOpened(
    string CaseId,
    string FlightId,
    string? AssetId,
    IReadOnlyList<string> FindingIds,
    CaseUrgency Urgency,
    DateTimeOffset DueUtc,
    IReadOnlyList<string> CustomerAccounts,
    string Who,
    DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>A work window is set, or replaced (re-planning is allowed until the work is done).</summary>
public sealed record WorkPlanned(WorkWindow Window, string Who, DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>The affected customers were sent their notices.</summary>
/// <param name="Count">How many customers were notified (0 when the asset supplies nobody).</param>
public sealed record CustomersNotified(int Count, string Who, DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>The crew's work is done.</summary>
/// <param name="Summary">What was done, in words ("replaced the drop-out fuse clamp, torqued to spec").</param>
public sealed record WorkDone(string Summary, string Who, DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>The defect is gone.</summary>
public sealed record CaseResolved(string Who, DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>The customers were asked how it went.</summary>
/// <param name="Satisfaction">The customer's rating, 1 (very unhappy) to 5 (very satisfied).</param>
/// <param name="Remarks">What the customer said; null when nothing.</param>
/// <param name="Channel">How the follow-up was made.</param>
public sealed record FollowUpRecorded(int Satisfaction, string? Remarks, ContactChannel Channel, string Who, DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>The case is done.</summary>
public sealed record CaseClosed(string Who, DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>The case ends without the work.</summary>
/// <param name="Reason">Why (a duplicate, the finding was rejected on review, the asset was replaced...).</param>
public sealed record CaseCancelled(string Reason, string Who, DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>A remark on an open case; changes nothing else.</summary>
public sealed record NoteAdded(string Text, string Who, DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>What became of a notice to one customer on one channel.</summary>
/// <param name="Detail">The gateway's answer, the failure, or the customer's reply; null when none.</param>
public sealed record NoticeStatusRecorded(
    string Account,
    ContactChannel Channel,
    NoticeDeliveryStatus Status,
    string? Detail,
    string Who,
    DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);

/// <summary>
/// A further finding on the case's asset (from this or a later flight) joins the open case. A more urgent finding
/// raises the case's urgency and brings its due time forward; a less urgent one never pushes it back.
/// </summary>
/// <param name="DueUtc">The due time the finding's urgency gives, counted from when it joined.</param>
public sealed record FindingAdded(
    string FlightId,
    string FindingId,
    CaseUrgency Urgency,
    DateTimeOffset DueUtc,
    string Who,
    DateTimeOffset AtUtc) : CaseEvent(Who, AtUtc);
