using System.Text.Json.Serialization;
using DroneInspect.Grains.Abstractions.Review;

namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// One finding on one asset component, merged from its sightings (one per capture). Degrees WGS84; temperatures Celsius
/// (or sensor counts when <see cref="Absolute"/> is false: writers then never name them Celsius); <see cref="Kind"/> is
/// "thermal" or "visual". Tmax, reference, delta-T and delta_t all come from one sighting, the one that graded the
/// finding (<see cref="GradingCaptureId"/>), so Tmax - reference = delta-T holds on the finding as on each sighting.
/// <see cref="Grade"/>, <see cref="RuleId"/> and <see cref="GradeStandard"/> are the headline grade, always shown with
/// its standard; <see cref="Grades"/> holds the worst level on each standard.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record class Finding(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? AssetId,
    [property: Id(3)] string? Component,
    [property: Id(4)] string Grade,
    [property: Id(5)] string? RuleId,
    [property: Id(6)] double? MaxTemperatureCelsius,
    [property: Id(7)] double? ReferenceTemperatureCelsius,
    [property: Id(8)] double? DeltaTKelvin,
    [property: Id(9)] double LatitudeDegrees,
    [property: Id(10)] double LongitudeDegrees,
    [property: Id(11)] double AltitudeMeters,
    [property: Id(12)] double UncertaintyMeters,
    [property: Id(13)] int SightingCount,
    [property: Id(14)] IReadOnlyList<string> Captures,
    [property: Id(15)] bool Absolute,
    [property: Id(16)] string? Label)
{
    /// <summary>Every sighting merged into this finding, best located first: where and how each capture saw it.</summary>
    [Id(17)]
    public IReadOnlyList<FindingEvidence> Evidence { get; init; } = [];

    /// <summary>DL/T 664 relative temperature difference delta_t (percent) of the grading sighting; null when it has none.</summary>
    [Id(18)]
    public double? RelativeDifferencePercent { get; init; }

    /// <summary>The standard of the headline <see cref="Grade"/> ("DL/T 664-2016", "NETA-MTS-100.18-ambient", "visual-defects"...); null when unrecorded.</summary>
    [Id(19)]
    public string? GradeStandard { get; init; }

    /// <summary>The worst level the finding's sightings reached on each standard, each with its rule, citation and rank on its scale.</summary>
    [Id(20)]
    public IReadOnlyList<StandardGrade> Grades { get; init; } = [];

    /// <summary>The capture whose sighting graded the finding and gave its Tmax, reference and delta-T.</summary>
    [Id(21)]
    public string? GradingCaptureId { get; init; }

    /// <summary>What the grading sighting's reference is: "similar-component", "surroundings", "ambient", "scene-median"; null when unrecorded.</summary>
    [Id(22)]
    public string? ReferenceSource { get; init; }

    /// <summary>The ambient air temperature the grading sighting's grades used, Celsius; null on a counts map, for visual findings or when unrecorded.</summary>
    [Id(23)]
    public double? AmbientTemperatureCelsius { get; init; }

    /// <summary>Where the engineers' review of this finding stands (its events are kept by <see cref="IFindingReviewGrain"/>).</summary>
    [Id(24)]
    public ReviewStatus Review { get; init; } = ReviewStatus.None;

    /// <summary>Where <see cref="AmbientTemperatureCelsius"/> came from: "option" (the user's), "file" (the capture's air temperature), "assumed" (the configured default) or "scene"; null without it.</summary>
    [Id(26)]
    public string? AmbientSource { get; init; }

    /// <summary>When the grading sighting's capture was taken; null when its file does not say (or it was analysed before times were kept).</summary>
    [Id(25)]
    public DateTimeOffset? CapturedAtUtc { get; init; }

    /// <summary>What the temperature fields hold: "celsius", "counts" (uncalibrated sensor counts), or null without temperatures (visual).</summary>
    [JsonIgnore]
    public string? ValueUnit => MaxTemperatureCelsius is null && DeltaTKelvin is null ? null : Absolute ? "celsius" : "counts";

    /// <summary>The headline grade among <see cref="Grades"/> (its standard and level); null when unrecorded.</summary>
    [JsonIgnore]
    public StandardGrade? HeadlineGrade => Grades.FirstOrDefault(g => g.Standard == GradeStandard && g.Level == Grade);

    /// <summary>The headline grade's <see cref="StandardGrade.Severity"/>, -1 when unranked: how findings sort, worst first.</summary>
    [JsonIgnore]
    public double HeadlineSeverity => HeadlineGrade?.Severity ?? -1;

    /// <summary>The headline grade with its standard, e.g. "monitor (NETA-MTS-100.18-ambient)".</summary>
    [JsonIgnore]
    public string GradeText => GradeStandard is null || GradeStandard == Grade ? Grade : $"{Grade} ({GradeStandard})";
}
