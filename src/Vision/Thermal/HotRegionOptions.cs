namespace DroneInspect.Vision.Thermal;

/// <summary>
/// How hot regions are told apart from their scene (see <see cref="HotRegionFinder"/>). Read from the "hotRegions"
/// section of the grading rules file, so a utility tunes them beside its grades; these defaults apply where it is absent.
/// Deltas are in the map's unit: Kelvin for absolute maps, counts otherwise.
/// </summary>
public sealed record HotRegionOptions
{
    /// <summary>
    /// Floor of the minimum rise (Kelvin) of a region over its ring on an absolute map. The rise actually required is
    /// the larger of this and <see cref="NoiseFactor"/> times the scene's pixel noise. 1.5 K lets a 2 K target through on a
    /// quiet camera, below typical drone-camera accuracy (2-5 K absolute, far better pixel to pixel).
    /// </summary>
    public double MinDeltaKelvin { get; init; } = 1.5;

    /// <summary>The same floor for a counts map (no calibration). Counts per Kelvin vary by camera (tens are common); tune per fleet.</summary>
    public double MinDeltaCounts { get; init; } = 60.0;

    /// <summary>The minimum rise is at least this many standard deviations of the scene's pixel noise (<see cref="SceneNoise"/>).</summary>
    public double NoiseFactor { get; init; } = 4.0;

    /// <summary>
    /// A region is the connected pixels above base + this fraction of (peak - base), base being its ring's level: low
    /// enough that one hot body with hotter and cooler patches stays one region, high enough that its blurred edge and
    /// the surroundings stay out.
    /// </summary>
    public double LevelFraction { get; init; } = 0.3;

    /// <summary>
    /// Smallest size the optics resolve: a region must hold a full block of this many pixels square (3: a 3 x 3 block);
    /// its robust peak (used to judge its rise) is the hottest mean of such a block.
    /// </summary>
    public int MinBlockPixels { get; init; } = 3;

    /// <summary>Pixels left between a region's box and its ring; the ring's level is the region's base.</summary>
    public int RingGapPixels { get; init; } = 2;

    /// <summary>Width of the ring around a region's box used for its base and surroundings.</summary>
    public int RingWidthPixels { get; init; } = 4;

    /// <summary>
    /// A body whose length is at least this many times its width (from its second moments) is a line: a conductor, a busbar,
    /// a sun-warmed track. A line is never a hot spot by itself; only hotter parts on it are.
    /// </summary>
    public double LineElongation { get; init; } = 4.0;

    /// <summary>
    /// A body of which less than this fraction lies in some full 3 x 3 block of its pixels is made of thin lines
    /// (conductors meeting at a pole top) and is treated as a line. A body's level (its median) is taken over that thick
    /// part, so the blurred edges of its lines do not pull it down.
    /// </summary>
    public double MinThickFraction { get; init; } = 0.75;

    /// <summary>
    /// A compact body holds a separate hot part (a hot terminal on a bushing) when exactly one part rises above the body's
    /// median by the level fraction of its peak, its peak rising at least this fraction of the body's own rise over its
    /// ring (and at least the minimum rise) ...
    /// </summary>
    public double HotPartRiseFraction { get; init; } = 0.4;

    /// <summary>... and the part covers at most this fraction of the body. Otherwise the body is reported whole (an evenly hot connector, a mug).</summary>
    public double HotPartMaxAreaFraction { get; init; } = 0.25;

    /// <summary>
    /// A compact region is a body standing above its ring only when its median rises at least this fraction of its peak's
    /// rise (a Gaussian spot cut at 0.3 has about 0.55, a flat-topped one nearly 1). Below that it is a gentle slope the
    /// level cut through (a warm panel, a sunlit patch): only its small hot parts are reported.
    /// </summary>
    public double BodyFillFraction { get; init; } = 0.45;

    /// <summary>
    /// A pixel counts as "warm" (part of a component body rather than sky or ground) when it lies more than this fraction of
    /// the minimum rise above the scene median; used by the reference finder.
    /// </summary>
    public double WarmMarginFraction { get; init; } = 0.34;

    /// <summary>
    /// A body covering more than this fraction of the frame is part of the scene (a tower, a roof, a sunlit field), not a
    /// spot: only its hot parts are reported. 0.1 keeps a close-up of one hot object (a mug filling 5 % of the frame).
    /// </summary>
    public double MaxBodyFrameFraction { get; init; } = 0.1;

    /// <summary>
    /// A region's rise over its ring must also be at least this many times the ring's texture (the robust spread of
    /// neighbouring pixels' differences there, <c>RingSampler.RingTexture</c>): a warm leaf in sunlit grass or a bright
    /// patch of gravel rises above its ring's level but not above its texture, while a hot clamp against sky or on a
    /// conductor does. 0 turns the check off.
    /// </summary>
    public double ClutterFactor { get; init; } = 8.0;

    public static HotRegionOptions Default { get; } = new();

    /// <summary>The floor of the minimum rise in the map's unit.</summary>
    public double MinDeltaFor(bool isAbsolute) => isAbsolute ? MinDeltaKelvin : MinDeltaCounts;

    /// <summary>The minimum rise for a map of this kind and pixel noise (map unit).</summary>
    public double MinDeltaFor(bool isAbsolute, double noiseSigma) =>
        Math.Max(MinDeltaFor(isAbsolute), NoiseFactor * (double.IsFinite(noiseSigma) ? noiseSigma : 0));
}
