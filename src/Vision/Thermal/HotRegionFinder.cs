using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>What one scan of a map found, with the statistics the grading step reuses.</summary>
/// <param name="BaseLevels">Per region (same order): the level it was judged against (map unit): its ring, or for a hot part the median of the body it sits on.</param>
/// <param name="MinDelta">The minimum rise over the base used (map unit): the floor or the noise multiple, whichever is larger.</param>
/// <param name="NoiseSigma">The scene's pixel noise (map unit), see <see cref="SceneNoise"/>.</param>
public sealed record HotRegionScan(
    IReadOnlyList<HotRegion> Regions, IReadOnlyList<double> BaseLevels, SceneStatistics Scene, double MinDelta, double NoiseSigma);

/// <summary>
/// Finds regions that stand above their surroundings, evenly hot or not. Values in the map's unit (Celsius or counts).
/// <list type="number">
/// <item>The minimum rise is the larger of a floor and a multiple of the scene's pixel noise (<see cref="SceneNoise"/>).</item>
/// <item>Seeds are the peaks that persist at least that rise (<see cref="PeakSeeds"/>): noise and the texture of a warm
/// body do not; a body standing out from its surroundings does, flat-topped or not.</item>
/// <item>From each seed, hottest first, its body grows to a fixed point: the connected pixels above base + half of
/// (peak - base), base being the median of a ring a few pixels beyond the body's box. A body with a sharp edge keeps its
/// ring on the surroundings; a broad smooth swell (ground texture, vignetting) climbs its own flank and fades out.
/// Connected parts of one hot body are one region: there is no cut at half of the peak over the body's own median.</item>
/// <item>The body counts when it holds a full 3 x 3 block (smaller is below what the optics resolve) whose hottest mean
/// rises the minimum over the base.</item>
/// <item>A line (length at least <see cref="HotRegionOptions.LineElongation"/> times its width: a conductor, a track) is
/// never a hot spot by itself: only its parts above its median by half their rise are (a hot clamp on a conductor).
/// A compact body is reported whole (an evenly hot connector, a mug), unless a small part of it rises far above the rest
/// (a hot terminal on a bushing), which is then reported instead.</item>
/// <item>A region on the frame's edge is kept and flagged <see cref="HotRegion.IsPartial"/>.</item>
/// </list>
/// A uniform scene, or one with noise alone, yields nothing. Limitation: a second hot part on one body that stays under
/// the hottest part's half level is not reported separately.
/// </summary>
public static class HotRegionFinder
{
    private const double SceneHighQuantile = 0.99;

    public static IReadOnlyList<HotRegion> Find(TemperatureMap map, HotRegionOptions? options = null) =>
        Scan(map, options).Regions;

    public static HotRegionScan Scan(TemperatureMap map, HotRegionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        options ??= HotRegionOptions.Default;
        var scene = SceneStatistics.Compute(map.Values, SceneHighQuantile);
        double noise = SceneNoise.Sigma(map);
        double minDelta = options.MinDeltaFor(map.IsAbsolute, noise);
        if (scene.FinitePixels == 0)
        {
            return new HotRegionScan([], [], scene, minDelta, noise);
        }

        var search = new RegionSearch(map, options, minDelta);
        foreach (var seed in PeakSeeds.Find(map, minDelta, scene.Median))
        {
            if (!search.IsClaimed(seed.Index))
            {
                search.Examine(seed);
            }
        }

        return new HotRegionScan(search.Regions, search.BaseLevels, scene, minDelta, noise);
    }
}
