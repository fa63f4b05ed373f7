using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Geo.Assets;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Abstractions.Review;

namespace DroneInspect.Grains.Cases;

/// <summary>A flight's finding as the case, notice and explanation code needs it (<see cref="CaseFinding"/>).</summary>
public static class CaseFindingFacts
{
    /// <summary>
    /// The finding's facts; its urgency from an engineer's regrade when the review regraded it, else the most urgent of its
    /// grades in <paramref name="urgencies"/>, and <see cref="CaseUrgency.Minor"/> when no grade maps to one (an engineer
    /// confirmed it is a defect, so it is at least noted).
    /// </summary>
    public static CaseFinding From(string flightId, Finding finding, AssetNetwork? network, CaseUrgencyMap urgencies)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(urgencies);
        var asset = finding.AssetId is { } id ? network?.FindById(id) : null;
        return new CaseFinding(
            flightId,
            finding.Id,
            finding.Kind,
            finding.AssetId,
            asset?.Kind.ToString().ToLowerInvariant(),
            finding.Component,
            finding.Review is { State: ReviewStatus.Confirmed, Level: { } level } ? level : finding.Grade,
            finding.Review is { State: ReviewStatus.Confirmed, Standard: { } standard } ? standard : finding.GradeStandard,
            finding.RuleId,
            finding.HeadlineGrade?.Citation,
            UrgencyOf(finding, urgencies),
            finding.MaxTemperatureCelsius,
            finding.ReferenceTemperatureCelsius,
            finding.ReferenceSource,
            finding.AmbientTemperatureCelsius,
            finding.DeltaTKelvin,
            finding.RelativeDifferencePercent,
            finding.Absolute,
            finding.Label,
            finding.CapturedAtUtc,
            finding.LongitudeDegrees,
            finding.LatitudeDegrees,
            finding.UncertaintyMeters,
            finding.Captures);
    }

    /// <summary>The urgency of <paramref name="finding"/> as <see cref="From"/> sets it.</summary>
    public static CaseUrgency UrgencyOf(Finding finding, CaseUrgencyMap urgencies)
    {
        if (finding.Review is { State: ReviewStatus.Confirmed, Standard: { } standard, Level: { } level })
        {
            return urgencies.Of(standard, level) ?? CaseUrgency.Minor;
        }

        return finding.Grades.Select(g => urgencies.Of(g.Standard, g.Level)).Where(u => u is not null).Max() ?? CaseUrgency.Minor;
    }
}
