namespace DroneInspect.Vision.Thermal.Grading;

/// <summary>The quantities a grading row can compare against; a row's <c>scale</c> must be one of these.</summary>
public static class GradingScales
{
    /// <summary>Tmax minus the median of a similar component under similar load, Kelvin (NETA similar-component scale).</summary>
    public const string DeltaToSimilarKelvin = "delta-to-similar-kelvin";

    /// <summary>Tmax minus ambient air, Kelvin (NETA over-ambient scale).</summary>
    public const string RiseOverAmbientKelvin = "rise-over-ambient-kelvin";

    /// <summary>Tmax itself, degrees Celsius (DL/T 664 absolute thresholds).</summary>
    public const string HotspotTemperatureCelsius = "hotspot-temperature-celsius";

    /// <summary>DL/T 664 relative temperature difference delta_t, percent.</summary>
    public const string RelativeDifferencePercent = "relative-difference-percent";

    public static IReadOnlyList<string> All { get; } =
        [DeltaToSimilarKelvin, RiseOverAmbientKelvin, HotspotTemperatureCelsius, RelativeDifferencePercent];
}

/// <summary>
/// What a hotspot offers the rules. A null quantity is not available (no similar component, a counts map, a rise under
/// 10 K for delta_t), and rows on that scale are then skipped; a standard none of whose rows can be evaluated gives no grade.
/// </summary>
/// <param name="EquipmentKind">E.g. "connector", "clamp", "conductor", "bushing"; rows for "*" apply to kinds no row names.</param>
public sealed record GradingInput(
    string EquipmentKind,
    double? DeltaToSimilarKelvin,
    double? RiseOverAmbientKelvin,
    double? HotspotTemperatureCelsius,
    double? RelativeDifferencePercent)
{
    public double? ValueOf(string scale) => scale switch
    {
        GradingScales.DeltaToSimilarKelvin => DeltaToSimilarKelvin,
        GradingScales.RiseOverAmbientKelvin => RiseOverAmbientKelvin,
        GradingScales.HotspotTemperatureCelsius => HotspotTemperatureCelsius,
        GradingScales.RelativeDifferencePercent => RelativeDifferencePercent,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown grading scale."),
    };
}
