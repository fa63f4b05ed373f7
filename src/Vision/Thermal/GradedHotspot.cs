namespace DroneInspect.Vision.Thermal;

/// <summary>The grade a rule gave. <see cref="RuleId"/> names the row of the grading data file, <see cref="Citation"/> its source clause.</summary>
public sealed record ThermalGrade(string Standard, string Level, string RuleId, string Citation);

/// <summary>A hot region with its comparison and grades.</summary>
/// <param name="ReferenceSource">Where the reference came from: "similar-component" (a detected component of the same kind, or the other phases where asset-network equipment is in view), "surroundings" or "ambient"; counts maps may also say "scene-median" (ambient air cannot be compared with counts). Always DeltaTKelvin = Tmax - ReferenceTemperatureCelsius.</param>
/// <param name="RiseOverAmbientKelvin">NaN on a counts map (<see cref="IsRelativeOnly"/>).</param>
/// <param name="RelativeDifferencePercent">DL/T 664 delta_t; null when the rise over ambient is under 10 K (the standard's rule), when the reference is ambient, or on a counts map. Over 100 % only when the reference is below ambient, and <see cref="Notes"/> then says so.</param>
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

    /// <summary>Where the ambient came from ("option", "file", "assumed", "scene"; see <see cref="AmbientChoice"/>); null when the caller did not say.</summary>
    public string? AmbientSource { get; init; }

    /// <summary>What a reader must know about these numbers: a replaced ambient, a reference below ambient, a region on the frame's edge.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Where the reference was sampled (a ring, a similar component's box, or none with what it is instead); null when unrecorded.</summary>
    public ReferenceArea? ReferenceArea { get; init; }

    /// <summary>The region touches the frame's edge (<see cref="HotRegion.IsPartial"/>).</summary>
    public bool IsPartial => Region.IsPartial;
}
