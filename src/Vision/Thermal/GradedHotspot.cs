namespace DroneInspect.Vision.Thermal;

/// <summary>The grade a rule gave. <see cref="RuleId"/> names the row of the grading data file, <see cref="Citation"/> its source clause.</summary>
public sealed record ThermalGrade(string Standard, string Level, string RuleId, string Citation);

/// <summary>A hot region with its comparison and grades.</summary>
/// <param name="ReferenceSource">Where the reference came from: "similar-component", "surroundings" or "ambient"; counts maps may also say "scene-median" (ambient air cannot be compared with counts).</param>
/// <param name="RiseOverAmbientKelvin">NaN on a counts map (<see cref="IsRelativeOnly"/>).</param>
/// <param name="RelativeDifferencePercent">DL/T 664 delta_t; null when the rise over ambient is under 10 K (the standard's rule), when the reference is ambient, or on a counts map.</param>
public sealed record GradedHotspot(
    HotRegion Region,
    double ReferenceTemperatureCelsius,
    string ReferenceSource,
    double AmbientTemperatureCelsius,
    double DeltaTKelvin,
    double RiseOverAmbientKelvin,
    double? RelativeDifferencePercent,
    IReadOnlyList<ThermalGrade> Grades)
{
    /// <summary>True for a counts map: temperatures and deltas are in counts, and the only grade is "relative-only".</summary>
    public bool IsRelativeOnly { get; init; }
}
