namespace DroneInspect.Synthetic.Scene;

/// <summary>A planted thermal anomaly: the component, its peak and the temperature its similar components run at.</summary>
internal sealed record HotspotSpec(
    string Id, string AssetId, string Component, string Phase, double TemperatureCelsius, double ReferenceTemperatureCelsius);

/// <summary>
/// Which components are hot and how hot. Peaks and references are chosen so that every expected grade lies at least
/// ~1 K (or 5 % of delta_t) away from a grade boundary: a 0.5 K decode error cannot change a grade.
/// </summary>
internal static class DefectPlan
{
    public const double AmbientTemperatureCelsius = 25.0;

    /// <summary>Load heating of current-carrying parts (conductors, clamps, connectors) over ambient, kelvin.</summary>
    public const double LoadRiseKelvin = 3.0;

    public static IReadOnlyList<HotspotSpec> Hotspots { get; } =
    [
        // delta 2.5 K over similar (possible), 5.5 K over ambient (possible), rise < 10 K: DL/T normal.
        new("D-TH-01", "P-F3-02", "clamp", "B", 30.5, 28.0),
        // delta 10 K (probable), rise 16 K (probable), delta_t 62.5 % (DL/T general).
        new("D-TH-02", "P-F3-03", "connector", "A", 41.0, 31.0),
        // delta 50 K (major), rise 70 K (major), 95 C > 80 C with delta_t 71 % (DL/T serious).
        new("D-TH-03", "P-F3-04", "clamp", "C", 95.0, 45.0),
        // delta 90 K (major), rise 100 K (major), 125 C > 110 C (DL/T critical).
        new("D-TH-04", "T-F3-05", "bushing", "C", 125.0, 35.0),
        // delta 6 K (probable), rise 7 K (possible), rise < 10 K so only absolute DL/T thresholds: normal.
        new("D-TH-05", "P-F3-07", "insulator", "A", 32.0, 26.0),
    ];

    /// <summary>Surface temperature of a component on an asset, Celsius (the hotspot's own component included: its peak is drawn later).</summary>
    public static double ComponentTemperatureCelsius(string assetId, string component)
    {
        foreach (var spec in Hotspots)
        {
            if (spec.AssetId == assetId && spec.Component == component)
            {
                return spec.ReferenceTemperatureCelsius;
            }
        }

        return component switch
        {
            "insulator" => AmbientTemperatureCelsius + 1.0,
            "bushing" => AmbientTemperatureCelsius + 10.0,
            "tank" => AmbientTemperatureCelsius + 8.0,
            "structure" => AmbientTemperatureCelsius + 1.5,
            "nest" => AmbientTemperatureCelsius + 2.0,
            _ => AmbientTemperatureCelsius + LoadRiseKelvin,
        };
    }
}
