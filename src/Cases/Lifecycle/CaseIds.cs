using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>
/// Case ids, stable across reruns and flights. Findings on a known asset share one case per asset at a time:
/// "C-{assetId}-{n}", n counting the asset's cases from 1 (a new one once the earlier case no longer takes findings), so
/// a later flight's finding on the same pole joins its open case. A finding placed on no asset gets its own case:
/// "C-{flightId}-{findingId}".
/// </summary>
public static class CaseIds
{
    public const string Prefix = "C-";

    /// <summary>The <paramref name="sequence"/>-th case (from 1) on an asset.</summary>
    public static string ForAsset(string assetId, int sequence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Prefix}{assetId.Trim()}-{sequence}");
    }

    /// <summary>The case of a finding that is on no asset.</summary>
    public static string ForFinding(string flightId, string findingId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(flightId);
        ArgumentException.ThrowIfNullOrWhiteSpace(findingId);
        return $"{Prefix}{flightId.Trim()}-{findingId.Trim()}";
    }

    /// <summary>
    /// The cases a batch of confirmed findings makes: one group per asset (findings in their given order), then one group per
    /// finding that is on no asset. Assets compare as written (ordinal), as the network file names them.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<CaseFinding>> Group(IEnumerable<CaseFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var list = findings.ToList();
        var onAssets = list.Where(f => !string.IsNullOrWhiteSpace(f.AssetId))
            .GroupBy(f => f.AssetId!, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<CaseFinding>)[.. g]);
        var alone = list.Where(f => string.IsNullOrWhiteSpace(f.AssetId)).Select(f => (IReadOnlyList<CaseFinding>)[f]);
        return [.. onAssets, .. alone];
    }
}
