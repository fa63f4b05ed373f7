using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Findings;

/// <summary>
/// Finding ids keyed to what a finding is, not to its place in a sorted list, so reviews and links stay attached across
/// reruns and merges. A finding that matches one of the flight's earlier findings (same kind, unit and asset, no
/// conflicting phase, within <see cref="FindingMerger.MaxMergeDistanceMeters"/>) keeps that finding's id, nearest pairs
/// first, one to one. Any other finding gets an id made from its asset, kind and a hash of (kind, unit, asset,
/// component, position rounded to about a metre): the same inputs give the same ids even without earlier findings,
/// e.g. "P-F3-04-t5c1e9a" (asset P-F3-04, thermal), "ground-v03b7d2" (a visual finding placed on no asset). Two new
/// findings with the same id get "-2", "-3"... in the order given.
/// </summary>
public static class FindingIdentity
{
    /// <summary>Positions are rounded to this many decimal places of a degree before hashing (1e-5 degree: about 1.1 m).</summary>
    private const int PositionDecimals = 5;

    public static IReadOnlyList<Finding> Assign(IReadOnlyList<Finding> findings, IReadOnlyList<Finding> prior)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(prior);
        var inherited = MatchPrior(findings, prior);
        var used = new HashSet<string>(inherited.Values, StringComparer.Ordinal);
        var result = new List<Finding>(findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            if (!inherited.TryGetValue(i, out var id))
            {
                var minted = Mint(findings[i]);
                id = minted;
                for (var n = 2; !used.Add(id); n++)
                {
                    id = string.Create(CultureInfo.InvariantCulture, $"{minted}-{n}");
                }
            }

            result.Add(findings[i] with { Id = id });
        }

        return result;
    }

    /// <summary>The id a finding gets when no earlier finding matches it.</summary>
    public static string Mint(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var key = string.Create(
            CultureInfo.InvariantCulture,
            $"{finding.Kind}|{finding.Absolute}|{finding.AssetId}|{finding.Component}|{Math.Round(finding.LatitudeDegrees, PositionDecimals):F5}|{Math.Round(finding.LongitudeDegrees, PositionDecimals):F5}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..6];
        var kindLetter = finding.Kind.Length > 0 ? char.ToLowerInvariant(finding.Kind[0]) : 'x';
        return $"{Sanitize(finding.AssetId) ?? "ground"}-{kindLetter}{hash}";
    }

    /// <summary>Index of a finding -> the earlier finding's id it keeps.</summary>
    private static Dictionary<int, string> MatchPrior(IReadOnlyList<Finding> findings, IReadOnlyList<Finding> prior)
    {
        var pairs = new List<(int Finding, int Prior, double Meters)>();
        for (var i = 0; i < findings.Count; i++)
        {
            for (var j = 0; j < prior.Count; j++)
            {
                if (SameThing(findings[i], prior[j]) && Distance(findings[i], prior[j]) is var meters && meters < FindingMerger.MaxMergeDistanceMeters)
                {
                    pairs.Add((i, j, meters));
                }
            }
        }

        var matched = new Dictionary<int, string>();
        var taken = new HashSet<int>();
        foreach (var (finding, earlier, _) in pairs.OrderBy(p => p.Meters).ThenBy(p => p.Finding).ThenBy(p => p.Prior))
        {
            if (!matched.ContainsKey(finding) && taken.Add(earlier))
            {
                matched[finding] = prior[earlier].Id;
            }
        }

        return matched;
    }

    private static bool SameThing(Finding a, Finding b)
    {
        var phaseA = FindingMerger.PhaseOf(a.Component);
        var phaseB = FindingMerger.PhaseOf(b.Component);
        return a.Kind == b.Kind && a.Absolute == b.Absolute
            && string.Equals(a.AssetId, b.AssetId, StringComparison.Ordinal)
            && (phaseA is null || phaseB is null || phaseA == phaseB);
    }

    private static double Distance(Finding a, Finding b)
    {
        var horizontal = GeoDistance.Meters(a.LatitudeDegrees, a.LongitudeDegrees, b.LatitudeDegrees, b.LongitudeDegrees);
        var vertical = a.AltitudeMeters - b.AltitudeMeters;
        return Math.Sqrt((horizontal * horizontal) + (vertical * vertical));
    }

    /// <summary>The asset id with anything but letters, digits, '-' and '_' replaced by '_' (ids go into URLs and file names).</summary>
    private static string? Sanitize(string? assetId) =>
        string.IsNullOrEmpty(assetId)
            ? null
            : string.Concat(assetId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
