using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal.Grading;

namespace DroneInspect.Vision.Thermal;

/// <summary>
/// Finds hot regions in a temperature map and grades them. The reference temperature comes from a similar component
/// (a detected component of the same kind and similar size, not the host), else the surroundings (warm ring pixels: the
/// conductor or clamp body the hotspot sits on), else ambient air. A counts map (IsAbsolute false) is never graded in
/// Celsius: its hotspots carry one "relative-only" grade, deltas in counts and no rise over ambient (NaN). Without a
/// detected component, similar components are the same component on the other phases (<see cref="PhaseRowFinder"/>),
/// but only where the caller says asset-network equipment is in view (<see cref="HotspotAnalysisOptions.OnNetworkEquipment"/>).
/// A region less than 1 K above its similar components (all phases warm under load) is not reported. Choose the ambient
/// with <see cref="AmbientAir.Choose"/> first.
/// </summary>
public static class HotspotAnalyzer
{
    /// <summary>DL/T 664 does not use delta_t when the hot spot rises less than this over ambient.</summary>
    public const double MinRiseForRelativeDifferenceKelvin = 10.0;

    /// <summary>A warm region less than this above its similar components is no anomaly (NETA: under 1 C, no deficiency).</summary>
    public const double MinDeltaToSimilarKelvin = 1.0;

    public const string RelativeOnly = "relative-only";

    /// <param name="componentBoxes">Detected components on this map (thermal pixels), used for similar-component references; may be empty.</param>
    public static IReadOnlyList<GradedHotspot> Analyze(
        TemperatureMap map,
        double ambientTemperatureCelsius,
        IReadOnlyList<PixelBox> componentBoxes)
    {
        ArgumentNullException.ThrowIfNull(componentBoxes);
        var options = HotspotAnalysisOptions.Default;
        var components = componentBoxes.Select(b => new ThermalComponent(b, options.DefaultEquipmentKind)).ToList();
        return Analyze(map, ambientTemperatureCelsius, components, options);
    }

    /// <param name="components">Components with their kinds (thermal pixels); the kind selects grading rows and similar components.</param>
    public static IReadOnlyList<GradedHotspot> Analyze(
        TemperatureMap map,
        double ambientTemperatureCelsius,
        IReadOnlyList<ThermalComponent> components,
        HotspotAnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(options);
        if (map.IsAbsolute && !double.IsFinite(ambientTemperatureCelsius))
        {
            throw new ArgumentOutOfRangeException(nameof(ambientTemperatureCelsius), "Ambient temperature must be a finite number of degrees Celsius.");
        }

        var scan = HotRegionFinder.Scan(map, options.Regions);
        var references = new ReferenceFinder(map, scan, components, options);
        var hotspots = new List<GradedHotspot>(scan.Regions.Count);
        for (int i = 0; i < scan.Regions.Count; i++)
        {
            var region = scan.Regions[i];
            var host = references.Host(region);
            double fallback = map.IsAbsolute ? ambientTemperatureCelsius : scan.Scene.Median;
            var (reference, source, area) = references.Reference(region, scan.BaseLevels[i], host, fallback);
            if (map.IsAbsolute && source == ReferenceSources.SimilarComponent
                && region.MaxTemperatureCelsius - reference < MinDeltaToSimilarKelvin)
            {
                continue; // as warm as its similar components: a loaded component, not an anomaly
            }

            string kind = host?.EquipmentKind ?? options.DefaultEquipmentKind;
            var hotspot = map.IsAbsolute
                ? Grade(region, reference, source, ambientTemperatureCelsius, kind, options.Rules)
                : RelativeOnlyHotspot(region, reference, source, ambientTemperatureCelsius);
            hotspots.Add(hotspot with { ReferenceArea = area });
        }

        return hotspots;
    }

    /// <summary>Grades against a checked ambient (<see cref="AmbientAir.Choose"/>): each hotspot carries its source and note.</summary>
    public static IReadOnlyList<GradedHotspot> Analyze(
        TemperatureMap map,
        AmbientChoice ambient,
        IReadOnlyList<ThermalComponent> components,
        HotspotAnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(ambient);
        return Analyze(map, ambient.TemperatureCelsius, components, options)
            .Select(h => WithAmbient(h, ambient))
            .ToList();
    }

    /// <summary>The hotspot with the ambient's source, and its note (when it has one) first among the notes.</summary>
    public static GradedHotspot WithAmbient(GradedHotspot hotspot, AmbientChoice ambient)
    {
        ArgumentNullException.ThrowIfNull(hotspot);
        ArgumentNullException.ThrowIfNull(ambient);
        return hotspot with
        {
            AmbientSource = ambient.Source,
            Notes = ambient.Note is { } note && !hotspot.IsRelativeOnly ? [$"ambient: {note}", .. hotspot.Notes] : hotspot.Notes,
        };
    }

    /// <summary>
    /// DL/T 664 delta_t = (T1 - T2) / (T1 - T0) * 100, T2 being the normal corresponding point: null under a 10 K rise
    /// or unless the reference is a similar component (the surroundings or the air are not a corresponding point; DL/T
    /// 664 then judges by the hot spot's temperature alone). It
    /// exceeds 100 % exactly when the reference T2 is below ambient T0 (see <see cref="ReferenceBelowAmbientNote"/>).
    /// </summary>
    public static double? RelativeDifferencePercent(double hotCelsius, double referenceCelsius, double ambientCelsius, string referenceSource)
    {
        double rise = hotCelsius - ambientCelsius;
        if (rise < MinRiseForRelativeDifferenceKelvin || referenceSource != ReferenceSources.SimilarComponent)
        {
            return null;
        }

        return (hotCelsius - referenceCelsius) / rise * 100.0;
    }

    /// <summary>Says so when delta_t exceeds 100 % because the reference is colder than the ambient air; null otherwise.</summary>
    public static string? ReferenceBelowAmbientNote(double referenceCelsius, double ambientCelsius, double? relativeDifferencePercent) =>
        relativeDifferencePercent is > 100.0 && referenceCelsius < ambientCelsius
            ? string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"reference {referenceCelsius:0.0} C is below ambient {ambientCelsius:0.0} C: DL/T 664 delta_t exceeds 100 %")
            : null;

    private static GradedHotspot Grade(
        HotRegion region, double reference, string source, double ambient, string kind, GradingRules rules)
    {
        double tmax = region.MaxTemperatureCelsius;
        double delta = tmax - reference;
        double rise = tmax - ambient;
        double? relative = RelativeDifferencePercent(tmax, reference, ambient, source);
        var notes = new List<string>();
        if (ReferenceBelowAmbientNote(reference, ambient, relative) is { } below)
        {
            notes.Add(below);
        }

        if (region.IsPartial)
        {
            notes.Add("region on the frame's edge: it may extend beyond the image");
        }

        var input = new GradingInput(
            kind,
            DeltaToSimilarKelvin: source == ReferenceSources.SimilarComponent ? delta : null,
            RiseOverAmbientKelvin: rise,
            HotspotTemperatureCelsius: tmax,
            RelativeDifferencePercent: relative);
        return new GradedHotspot(region, reference, source, ambient, delta, rise, relative, rules.Grade(input)) { Notes = notes };
    }

    private static GradedHotspot RelativeOnlyHotspot(HotRegion region, double reference, string source, double ambient)
    {
        var grade = new ThermalGrade(
            RelativeOnly,
            RelativeOnly,
            RelativeOnly,
            "Map in sensor counts without calibration: no Celsius thresholds applied; delta is in counts, not Kelvin.");
        return new GradedHotspot(
            region, reference, source, ambient, region.MaxTemperatureCelsius - reference, double.NaN, null, [grade])
        {
            IsRelativeOnly = true,
        };
    }
}
