using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Findings;

/// <summary>
/// Turns one merged group of sightings into a finding. Sightings are captures: several sightings of one capture (the
/// fragments of one hot body) become one, the one that grades worst. The finding's Tmax, reference, delta-T and delta_t
/// all come from one sighting, the one that graded it (worst headline grade, then largest delta-T, then hottest), so
/// Tmax - reference = delta-T holds on the finding as on that sighting. Its grade on each standard is the worst any of
/// its sightings reached there; its position is the best-located sighting's; its component the most specific (one with
/// a phase when any has one).
/// </summary>
public static class FindingBuilder
{
    /// <summary>The finding of <paramref name="group"/> (non-empty), with an empty id (the merger numbers findings).</summary>
    public static Finding Build(IReadOnlyList<Sighting> group)
    {
        var perCapture = group
            .GroupBy(s => s.CaptureId, StringComparer.Ordinal)
            .Select(c => c.MaxBy(GradingOrder)!)
            .OrderBy(s => s.UncertaintyMeters)
            .ToList();
        var located = perCapture[0];
        var grading = perCapture.MaxBy(GradingOrder)!;
        var named = perCapture.FirstOrDefault(s => FindingMerger.PhaseOf(s.Component) is not null) ?? located;
        var headline = GradeSeverity.Worst(GradesOf(grading));
        var captures = perCapture.Select(s => s.CaptureId).Order(StringComparer.Ordinal).ToList();
        return new Finding(
            string.Empty, grading.Kind, grading.AssetId, named.Component ?? grading.Component, headline?.Level ?? grading.Grade,
            headline?.RuleId ?? grading.RuleId, grading.MaxTemperatureCelsius, grading.ReferenceTemperatureCelsius, grading.DeltaTKelvin,
            located.LatitudeDegrees, located.LongitudeDegrees, located.AltitudeMeters, located.UncertaintyMeters,
            perCapture.Count, captures, grading.Absolute, grading.Label)
        {
            Evidence = perCapture.Select(ToEvidence).ToList(),
            RelativeDifferencePercent = grading.RelativeDifferencePercent,
            GradeStandard = headline?.Standard,
            Grades = GradeSeverity.WorstPerStandard(perCapture.SelectMany(GradesOf)),
            GradingCaptureId = grading.CaptureId,
            ReferenceSource = grading.ReferenceSource,
            AmbientTemperatureCelsius = grading.AmbientTemperatureCelsius,
            AmbientSource = grading.AmbientSource,
            CapturedAtUtc = grading.CapturedAtUtc,
        };
    }

    /// <summary>
    /// A sighting's grades. Sightings stored before grades were recorded per standard carry only a level: a visual one
    /// is placed on the visual scale, a thermal one is unranked (its standard was not kept).
    /// </summary>
    public static IReadOnlyList<StandardGrade> GradesOf(Sighting sighting)
    {
        if (sighting.Grades.Count > 0)
        {
            return sighting.Grades;
        }

        return sighting.Kind == "visual"
            ? [new StandardGrade(VisualDefects.Standard, sighting.Grade, sighting.RuleId, null, IndexOf(VisualDefects.Levels, sighting.Grade), VisualDefects.Levels.Count)]
            : [new StandardGrade("unrecorded", sighting.Grade, sighting.RuleId, null, -1, 0)];
    }

    private static (double, double, double) GradingOrder(Sighting s)
        => (GradeSeverity.Key(GradeSeverity.Worst(GradesOf(s))), s.DeltaTKelvin ?? double.MinValue, s.MaxTemperatureCelsius ?? double.MinValue);

    private static FindingEvidence ToEvidence(Sighting s)
    {
        var headline = GradeSeverity.Worst(GradesOf(s));
        return new FindingEvidence(
            s.CaptureId, s.PixelX, s.PixelY, s.MaxTemperatureCelsius, s.ReferenceTemperatureCelsius, s.DeltaTKelvin,
            headline?.Level ?? s.Grade, s.Component, s.LatitudeDegrees, s.LongitudeDegrees, s.AltitudeMeters, s.UncertaintyMeters)
        {
            Grades = GradesOf(s),
            RelativeDifferencePercent = s.RelativeDifferencePercent,
            GradeStandard = headline?.Standard,
            ReferenceSource = s.ReferenceSource,
            AmbientTemperatureCelsius = s.AmbientTemperatureCelsius,
            AmbientSource = s.AmbientSource,
            EvidenceId = s.EvidenceId,
            CapturedAtUtc = s.CapturedAtUtc,
        };
    }

    private static int IndexOf(IReadOnlyList<string> levels, string level)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (string.Equals(levels[i], level, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
