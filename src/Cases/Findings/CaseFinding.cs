namespace DroneInspect.Cases.Findings;

/// <summary>
/// What a case needs to know of one finding, free of grains and web types: where it is, how it was graded, and the
/// numbers behind the grade. Temperatures Celsius when <see cref="Absolute"/> (else sensor counts, never called Celsius);
/// degrees WGS84.
/// </summary>
/// <param name="Kind">"thermal" or "visual".</param>
/// <param name="AssetKind">"pole", "tower", "transformer", "line"... from the asset network; null when unplaced.</param>
/// <param name="Component">"clamp", "bushing", "insulator"...; null when unknown.</param>
/// <param name="GradeLevel">The headline grade's level, e.g. "serious", "major-discrepancy", "missing-disc".</param>
/// <param name="GradeStandard">The headline grade's standard, e.g. "DL/T 664-2016"; null when unrecorded.</param>
/// <param name="RuleCitation">The rule row's citation in words, e.g. "delta_t >= 80 %"; null when none.</param>
/// <param name="ReferenceSource">"similar-component", "surroundings", "ambient" or "scene-median"; null when none.</param>
/// <param name="Label">A visual finding's class (e.g. "bird-nest"); null for thermal.</param>
/// <param name="Captures">The capture files that saw it, best first.</param>
public sealed record CaseFinding(
    string FlightId,
    string FindingId,
    string Kind,
    string? AssetId,
    string? AssetKind,
    string? Component,
    string GradeLevel,
    string? GradeStandard,
    string? RuleId,
    string? RuleCitation,
    CaseUrgency Urgency,
    double? MaxTemperatureCelsius,
    double? ReferenceTemperatureCelsius,
    string? ReferenceSource,
    double? AmbientTemperatureCelsius,
    double? DeltaTKelvin,
    double? RelativeDifferencePercent,
    bool Absolute,
    string? Label,
    DateTimeOffset? CapturedAtUtc,
    double LongitudeDegrees,
    double LatitudeDegrees,
    double UncertaintyMeters,
    IReadOnlyList<string> Captures);
