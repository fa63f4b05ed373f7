namespace DroneInspect.Vision.Thermal.Grading;

/// <summary>The grading data file's content: one entry per standard. Edited by utilities; see grading-rules.json.</summary>
public sealed record GradingRuleSet(int Version, IReadOnlyList<GradingStandard> Standards)
{
    /// <summary>
    /// Optional "hotRegions" section: the hot-region finder's parameters (<see cref="HotRegionOptions"/>; names in
    /// camelCase, e.g. "minDeltaKelvin"); any left out keep their defaults. Null when the file has no such section.
    /// </summary>
    public HotRegionOptions? HotRegions { get; init; }
}

/// <summary>
/// One standard's rows. The grade is the most severe level (by the order of <paramref name="Levels"/>) among matching rows;
/// when rows could be evaluated but none matched, <paramref name="DefaultLevel"/>.
/// </summary>
/// <param name="Standard">The name a <see cref="ThermalGrade"/> carries, e.g. "DL/T 664-2016".</param>
/// <param name="Levels">Least to most severe.</param>
/// <param name="Source">Citation for the default level.</param>
public sealed record GradingStandard(
    string Id,
    string Standard,
    IReadOnlyList<string> Levels,
    string DefaultLevel,
    string Source,
    IReadOnlyList<GradingRule> Rules);

/// <summary>
/// One row: when the quantity named by <paramref name="Scale"/> lies in the interval (null bound = unbounded),
/// the hotspot reaches <paramref name="Level"/>.
/// </summary>
/// <param name="EquipmentKinds">Kinds the row applies to; "*" marks the rows used for kinds no row of the standard names.</param>
/// <param name="Source">The clause the row comes from.</param>
/// <param name="Verified">False where the value still has to be checked against the standard's text.</param>
public sealed record GradingRule(
    string Id,
    IReadOnlyList<string> EquipmentKinds,
    string Scale,
    double? Min,
    bool MinInclusive,
    double? Max,
    bool MaxInclusive,
    string Level,
    string Source,
    bool Verified)
{
    public bool Contains(double value)
    {
        bool aboveMin = Min is not { } min || (MinInclusive ? value >= min : value > min);
        bool belowMax = Max is not { } max || (MaxInclusive ? value <= max : value < max);
        return aboveMin && belowMax;
    }
}
