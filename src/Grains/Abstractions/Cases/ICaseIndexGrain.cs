using DroneInspect.Cases.Lifecycle;

namespace DroneInspect.Grains.Abstractions.Cases;

/// <summary>
/// Every case in one list (key 0, <see cref="CaseIndex.Key"/>), kept current by the case grains after each step: what
/// <c>cases list</c> shows, and where a confirmed finding looks for the case it belongs to.
/// </summary>
public interface ICaseIndexGrain : IGrainWithIntegerKey
{
    /// <summary>Stores a case's summary; an older one (lower <see cref="CaseSummary.Version"/>) than the stored is ignored.</summary>
    Task Record(CaseSummary summary);

    /// <summary>All cases, the soonest due first (cases without a due time last), then by id.</summary>
    Task<IReadOnlyList<CaseSummary>> List();

    Task<CaseSummary?> Find(string caseId);

    /// <summary>The case that covers a finding; null when none does.</summary>
    Task<CaseSummary?> CaseOfFinding(string flightId, string findingId);

    /// <summary>
    /// The case a request belongs to: the case already covering its first finding; else the asset's case that still takes
    /// findings (<see cref="CaseSummary.TakesFindings"/>); else the id of a new case (the asset's next, or the finding's own).
    /// </summary>
    Task<string> CaseIdFor(CaseOpenRequest request);
}
