namespace DroneInspect.Vision.Thermal;

/// <summary>How hot regions are told apart from their scene. Deltas are in the map's unit: Kelvin for absolute maps, counts otherwise.</summary>
public sealed record HotRegionOptions
{
    /// <summary>A region must rise at least this much (Kelvin) above the scene median and above its own ring.</summary>
    public double MinDeltaKelvin { get; init; } = 3.0;

    /// <summary>The same for a counts map. Counts per Kelvin vary by camera (tens per Kelvin are common); tune per fleet.</summary>
    public double MinDeltaCounts { get; init; } = 60.0;

    /// <summary>Seed pixels must also exceed this scene quantile, so ordinary warm objects (conductors, bodies) stay out.</summary>
    public double SceneQuantile { get; init; } = 0.99;

    /// <summary>Smaller connected regions are noise.</summary>
    public int MinAreaPixels { get; init; } = 4;

    /// <summary>
    /// Pixels left between a region's box and its ring, so the blob's own tail does not bias the ring; the surroundings
    /// ring adds half the region's size to this.
    /// </summary>
    public int RingGapPixels { get; init; } = 2;

    /// <summary>Width of the ring around a region's box used for its local background and surroundings.</summary>
    public int RingWidthPixels { get; init; } = 4;

    /// <summary>
    /// A pixel counts as "warm" (part of a component body rather than sky or ground) when it lies more than this fraction of
    /// the minimum delta above the scene median: about 1 K with the defaults.
    /// </summary>
    public double WarmMarginFraction { get; init; } = 0.34;

    public static HotRegionOptions Default { get; } = new();

    /// <summary>The minimum delta in the map's unit.</summary>
    public double MinDeltaFor(bool isAbsolute) => isAbsolute ? MinDeltaKelvin : MinDeltaCounts;
}
