using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Findings;

/// <summary>
/// Merges repeated sightings of one defect into one finding. Two sightings are the same defect when they have the same
/// kind, the same unit (Celsius or counts: numbers in different units are never one finding's) and asset (both none for
/// ground placements), lie closer than <see cref="MergeDistanceMeters"/> and have compatible peak temperatures
/// (<see cref="SameTemperature"/>), whatever component label each placement gave ("top" and "attachment/A" of one pole
/// can be one hotspot) — except that two components naming different phases ("attachment/A", "conductor/C") never merge. Sightings join, best located first,
/// the nearest compatible finding; a finding holds at most one phase. What a finding says is built by
/// <see cref="FindingBuilder"/>: one sighting per capture, numbers from the sighting that graded it.
/// </summary>
public static class FindingMerger
{
    /// <summary>Smallest merge distance for placements on no asset (their position is all there is to go by).</summary>
    public const double GroundMergeDistanceMeters = 2.0;

    /// <summary>Smallest merge distance between two placements on an asset: well-located distinct hotspots stay apart.</summary>
    public const double MinMergeDistanceMeters = 1.0;

    /// <summary>Largest merge distance, however uncertain the placements.</summary>
    public const double MaxMergeDistanceMeters = 6.0;

    /// <summary>
    /// Findings sorted worst first (the headline grade's place on its own scale, <see cref="Finding.HeadlineSeverity"/>,
    /// then temperature rise), with ids keyed to what each finding is (<see cref="FindingIdentity"/>): a finding that
    /// matches one of <paramref name="prior"/> (the flight's findings from its previous run) keeps that id.
    /// </summary>
    public static IReadOnlyList<Finding> Merge(IEnumerable<Sighting> sightings, IReadOnlyList<Finding>? prior = null)
    {
        var groups = new List<SightingGroup>();
        foreach (var sighting in sightings.OrderBy(s => s.UncertaintyMeters))
        {
            var phase = PhaseOf(sighting.Component);
            var best = groups
                .Where(g => g.Kind == sighting.Kind && g.Absolute == sighting.Absolute
                    && string.Equals(g.AssetId, sighting.AssetId, StringComparison.Ordinal)
                    && (phase is null || g.Phase is null || g.Phase == phase)
                    && g.Members.All(m => SameTemperature(m, sighting)))
                .Select(g => (Group: g, Distance: g.Members.Min(m => Distance(m, sighting))))
                .Where(c => c.Group.Members.Any(m => Distance(m, sighting) < MergeDistanceMeters(m, sighting)))
                .OrderBy(c => c.Distance)
                .Select(c => c.Group)
                .FirstOrDefault();
            if (best is null)
            {
                best = new SightingGroup(sighting.Kind, sighting.Absolute, sighting.AssetId);
                groups.Add(best);
            }

            best.Members.Add(sighting);
            best.Phase ??= phase;
        }

        var sorted = groups
            .Select(g => FindingBuilder.Build(g.Members))
            .OrderByDescending(f => f.HeadlineSeverity)
            .ThenByDescending(f => f.DeltaTKelvin ?? double.MinValue)
            .ThenBy(f => f.AssetId, StringComparer.Ordinal)
            .ThenBy(f => f.Component, StringComparer.Ordinal)
            .ThenBy(f => f.LatitudeDegrees)
            .ThenBy(f => f.LongitudeDegrees)
            .ToList();
        return FindingIdentity.Assign(sorted, prior ?? []);
    }

    /// <summary>
    /// How close two sightings must be to be one defect, in metres: half their summed uncertainty radii, at least
    /// <see cref="MinMergeDistanceMeters"/> (<see cref="GroundMergeDistanceMeters"/> off assets), at most
    /// <see cref="MaxMergeDistanceMeters"/>.
    /// </summary>
    public static double MergeDistanceMeters(Sighting a, Sighting b)
    {
        var floor = a.AssetId is null ? GroundMergeDistanceMeters : MinMergeDistanceMeters;
        return Math.Min(MaxMergeDistanceMeters, Math.Max(floor, 0.5 * (a.UncertaintyMeters + b.UncertaintyMeters)));
    }

    /// <summary>
    /// Two hotspot sightings differing in peak temperature by more than this (kelvin), and by more than half the larger
    /// temperature rise, are different hot components however close they were placed (a 95 C clamp beside its 45 C
    /// neighbours); views of one hotspot agree far better than that.
    /// </summary>
    public const double SameHotspotTemperatureKelvin = 15.0;

    /// <summary>Whether two sightings' peak temperatures allow them to be one hotspot (always, without absolute temperatures).</summary>
    public static bool SameTemperature(Sighting a, Sighting b)
    {
        if (!a.Absolute || !b.Absolute || a.MaxTemperatureCelsius is not { } ta || b.MaxTemperatureCelsius is not { } tb)
        {
            return true;
        }

        var rise = Math.Max(a.DeltaTKelvin ?? 0, b.DeltaTKelvin ?? 0);
        return Math.Abs(ta - tb) <= Math.Max(SameHotspotTemperatureKelvin, 0.5 * rise);
    }

    /// <summary>The phase letter of "attachment/B" or "conductor/B"; null for components without one.</summary>
    public static string? PhaseOf(string? component)
    {
        var slash = component?.LastIndexOf('/') ?? -1;
        return slash < 0 || slash == component!.Length - 1 ? null : component[(slash + 1)..];
    }

    private static double Distance(Sighting a, Sighting b)
    {
        var horizontal = GeoDistance.Meters(a.LatitudeDegrees, a.LongitudeDegrees, b.LatitudeDegrees, b.LongitudeDegrees);
        var vertical = a.AltitudeMeters - b.AltitudeMeters;
        return Math.Sqrt((horizontal * horizontal) + (vertical * vertical));
    }

    private sealed class SightingGroup(string kind, bool absolute, string? assetId)
    {
        public string Kind { get; } = kind;

        public bool Absolute { get; } = absolute;

        public string? AssetId { get; } = assetId;

        public string? Phase { get; set; }

        public List<Sighting> Members { get; } = [];
    }
}
