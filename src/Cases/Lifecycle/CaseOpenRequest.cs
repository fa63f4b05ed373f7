using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>
/// What opening a case needs; the case grain adds who, when and the due time (from <see cref="Urgency"/> through the
/// <see cref="CaseDuePolicy"/>).
/// </summary>
/// <param name="AssetId">The asset all <paramref name="FindingIds"/> are on; null for a finding placed on no asset.</param>
/// <param name="FindingIds">Findings of <paramref name="FlightId"/>, at least one.</param>
/// <param name="CustomerAccounts">Accounts of the customers affected by work on the asset.</param>
public sealed record CaseOpenRequest(
    string FlightId,
    string? AssetId,
    IReadOnlyList<string> FindingIds,
    CaseUrgency Urgency,
    IReadOnlyList<string> CustomerAccounts)
{
    /// <summary>
    /// The request for one group of confirmed findings of one flight (<see cref="CaseIds.Group"/>): the group's most
    /// urgent finding sets the urgency.
    /// </summary>
    public static CaseOpenRequest For(IReadOnlyList<CaseFinding> findings, IEnumerable<string> customerAccounts)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(customerAccounts);
        if (findings.Count == 0 || findings.Select(f => f.FlightId).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            throw new ArgumentException("A case opens on one or more findings of one flight.", nameof(findings));
        }

        return new CaseOpenRequest(
            findings[0].FlightId,
            findings[0].AssetId,
            [.. findings.Select(f => f.FindingId)],
            findings.Max(f => f.Urgency),
            [.. customerAccounts.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The id of the case this request opens when no case on its asset takes findings (see <see cref="CaseIds"/>).</summary>
    public string CaseId(int assetSequence) =>
        AssetId is null ? CaseIds.ForFinding(FlightId, FindingIds[0]) : CaseIds.ForAsset(AssetId, assetSequence);
}
