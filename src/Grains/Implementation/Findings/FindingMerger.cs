using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Findings;

/// <summary>
/// Merges repeated sightings of one defect into one finding: same asset + component + kind is one finding; sightings
/// placed on no asset (ground or camera position) join when closer than <see cref="GroundMergeDistanceMeters"/>.
/// The finding keeps the best-located sighting's position, the highest temperature, the worst grade and every capture.
/// </summary>
public static class FindingMerger
{
    public const double GroundMergeDistanceMeters = 2.0;

    /// <summary>Findings sorted worst first (grade, then temperature rise), ids F001, F002... in that order.</summary>
    public static IReadOnlyList<Finding> Merge(IEnumerable<Sighting> sightings)
    {
        var groups = new List<List<Sighting>>();
        var byAsset = new Dictionary<(string Asset, string Component, string Kind), List<Sighting>>();
        foreach (var sighting in sightings)
        {
            if (sighting.AssetId is { } assetId)
            {
                var key = (assetId, sighting.Component ?? string.Empty, sighting.Kind);
                if (!byAsset.TryGetValue(key, out var group))
                {
                    group = [];
                    byAsset[key] = group;
                    groups.Add(group);
                }

                group.Add(sighting);
                continue;
            }

            var near = groups.FirstOrDefault(g => g[0].AssetId is null && g[0].Kind == sighting.Kind
                && g.Any(s => GeoDistance.Meters(s.LatitudeDegrees, s.LongitudeDegrees, sighting.LatitudeDegrees, sighting.LongitudeDegrees) < GroundMergeDistanceMeters));
            if (near is null)
            {
                groups.Add([sighting]);
            }
            else
            {
                near.Add(sighting);
            }
        }

        return groups
            .Select(ToFinding)
            .OrderByDescending(f => GradeSeverity.Rank(f.Grade))
            .ThenByDescending(f => f.DeltaTKelvin ?? double.MinValue)
            .ThenBy(f => f.AssetId, StringComparer.Ordinal)
            .Select((f, i) => f with { Id = $"F{i + 1:D3}" })
            .ToList();
    }

    private static Finding ToFinding(List<Sighting> group)
    {
        var located = group.MinBy(s => s.UncertaintyMeters)!;
        var worst = group.MaxBy(s => (GradeSeverity.Rank(s.Grade), s.DeltaTKelvin ?? double.MinValue))!;
        var hottest = group.MaxBy(s => s.MaxTemperatureCelsius ?? double.MinValue)!;
        var captures = group.Select(s => s.CaptureId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new Finding(
            string.Empty, worst.Kind, worst.AssetId, worst.Component, worst.Grade, worst.RuleId,
            hottest.MaxTemperatureCelsius, hottest.ReferenceTemperatureCelsius, group.Max(s => s.DeltaTKelvin),
            located.LatitudeDegrees, located.LongitudeDegrees, located.AltitudeMeters, located.UncertaintyMeters,
            group.Count, captures, group.All(s => s.Absolute), worst.Label);
    }
}
