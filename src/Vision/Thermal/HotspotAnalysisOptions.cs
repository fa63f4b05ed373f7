using DroneInspect.Vision.Thermal.Grading;

namespace DroneInspect.Vision.Thermal;

/// <summary>Settings of <see cref="HotspotAnalyzer"/>; the defaults follow DESIGN.md.</summary>
public sealed record HotspotAnalysisOptions
{
    private readonly HotRegionOptions? _regions;

    /// <summary>The finder's parameters: given here, else the "hotRegions" section of <see cref="Rules"/>, else the defaults.</summary>
    public HotRegionOptions Regions
    {
        get => _regions ?? Rules.RuleSet.HotRegions ?? HotRegionOptions.Default;
        init => _regions = value;
    }

    /// <summary>Rules in force; load a utility's edited file with <see cref="GradingRules.LoadOrDefault"/>.</summary>
    public GradingRules Rules { get; init; } = GradingRules.Default;

    /// <summary>
    /// Whether asset-network equipment is in view at a region (the pipeline places the region's hottest pixel and asks
    /// whether it falls on an asset). Only then may the other phases found by <see cref="PhaseRowFinder"/> serve as
    /// similar components: elsewhere a row of warm things is not known to be the same kind of equipment. Null: no
    /// network is known, so no phase rows.
    /// </summary>
    public Func<HotRegion, bool>? OnNetworkEquipment { get; init; }

    /// <summary>Kind used for hotspots on no known component (or on components given as bare boxes).</summary>
    public string DefaultEquipmentKind { get; init; } = "connector";

    /// <summary>A similar component's box area lies within this factor of the host component's area.</summary>
    public double SimilarAreaFactor { get; init; } = 2.0;

    /// <summary>Fewest warm pixels a similar component or the surroundings must offer for a median.</summary>
    public int MinReferencePixels { get; init; } = 8;

    /// <summary>Without detections, other phases' components are looked for within this many pixels of a hotspot.</summary>
    public int PhaseSearchRadiusPixels { get; init; } = 80;

    /// <summary>Phases closer than this (pixels) are not told apart from the hotspot's own blob.</summary>
    public double MinPhaseSpacingPixels { get; init; } = 4.0;

    /// <summary>The third phase may lie this fraction of the phase spacing (plus one pixel) off the evenly spaced position.</summary>
    public double PhaseSpacingTolerance { get; init; } = 0.15;

    /// <summary>Two phases are separate bodies when the path between them dips this fraction of the minimum delta below them.</summary>
    public double PhaseGapFraction { get; init; } = 0.5;

    public static HotspotAnalysisOptions Default { get; } = new();
}
