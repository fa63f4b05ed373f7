using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>One line of the case list (<c>droneinspect cases list</c>): enough to find and sort cases without loading them.</summary>
/// <param name="Version">How many events the case had when summarised: a later summary has a higher one.</param>
public sealed record CaseSummary(
    string CaseId,
    int Version,
    CaseStatus Status,
    CaseUrgency Urgency,
    DateTimeOffset? DueUtc,
    string? AssetId,
    IReadOnlyList<CaseFindingRef> Findings,
    IReadOnlyList<string> CustomerAccounts,
    DateTimeOffset? UpdatedUtc)
{
    public static CaseSummary Of(CaseView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.CaseId, view.History.Count, view.Status, view.Urgency, view.DueUtc, view.AssetId, view.Findings, view.CustomerAccounts, view.UpdatedUtc);
    }

    /// <summary>
    /// True while a further finding on the asset joins this case rather than opening a new one: opened and not yet worked
    /// (after the work a new defect needs its own planning and notices).
    /// </summary>
    public bool TakesFindings => Status is CaseStatus.Opened or CaseStatus.Planned or CaseStatus.CustomersNotified;
}
