using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>Chooses the reference temperature of one map's hot regions (map unit).</summary>
internal sealed class ReferenceFinder(
    TemperatureMap map, HotRegionScan scan, IReadOnlyList<ThermalComponent> components, HotspotAnalysisOptions options)
{
    private readonly List<PixelBox> _boxes = components.Select(c => c.Box).ToList();
    private readonly double _warmAbove = WarmAbove(scan, options);
    private readonly PhaseRowFinder _phases = new(map, WarmAbove(scan, options), scan.MinDelta, options);

    public ThermalComponent? Host(HotRegion region)
    {
        int index = HotspotAttribution.FindHostIndex(region, _boxes);
        return index < 0 ? null : components[index];
    }

    /// <param name="bodyLevel">The level of the body the region stands on (from the scan); ring pixels a minimum delta above it belong to hotspots.</param>
    /// <param name="fallback">Ambient (absolute maps) or the scene median (counts maps).</param>
    public (double Value, string Source, ReferenceArea Area) Reference(HotRegion region, double bodyLevel, ThermalComponent? host, double fallback)
    {
        if (host is not null && SimilarMedian(region, host) is { } similar)
        {
            return (similar.Value, ReferenceSources.SimilarComponent,
                ReferenceArea.Box(similar.Box, $"warm-pixel median of a similar {host.EquipmentKind} (same kind and size)"));
        }

        if (options.OnNetworkEquipment is { } onNetwork && onNetwork(region) && _phases.Reference(region) is { } phase)
        {
            return (phase, ReferenceSources.SimilarComponent,
                ReferenceArea.None($"the other phases' level in a row within {options.PhaseSearchRadiusPixels} px of the hottest pixel"));
        }

        // The body the region sits on: its level (from the scan) or the warm ring's, whichever is higher; ring pixels a
        // minimum rise above that belong to this or another hot region, not to the surroundings.
        int gap = SurroundingsGap(region.Box);
        double warmRing = RingSampler.RingMedian(
            map, region.Box, gap, options.Regions.RingWidthPixels, _warmAbove, double.PositiveInfinity, options.MinReferencePixels);
        double body = double.IsNaN(warmRing) ? bodyLevel : Math.Max(bodyLevel, warmRing);
        double ring = RingSampler.RingMedian(
            map, region.Box, gap, options.Regions.RingWidthPixels, _warmAbove, body + scan.MinDelta, options.MinReferencePixels);
        if (!double.IsNaN(ring) && Stands(region, ring))
        {
            var (inner, outer) = RingBoxes(region.Box, gap);
            return (ring, ReferenceSources.Surroundings, ReferenceArea.Ring(inner, outer, "median of the warm pixels in the ring around the region"));
        }

        if (double.IsNaN(ring) && Stands(region, fallback))
        {
            return map.IsAbsolute
                ? (fallback, ReferenceSources.Ambient, ReferenceArea.None("ambient air temperature: not sampled from the image"))
                : (fallback, ReferenceSources.SceneMedian, ReferenceArea.None("median of the whole scene (counts map: ambient air cannot be compared)"));
        }

        // A warm ring as high as the region (a cool patch beside a warm roof), or air or a scene median above it (a warm
        // spot in the cold part of the scene): neither is what the region stands above. The level the scan judged it
        // against is, and the region rises at least the minimum over that by construction.
        return (bodyLevel, ReferenceSources.Surroundings,
            ReferenceArea.None("the level of the body the region stands on, as the region search measured it"));
    }

    /// <summary>The ring's inner and outer boxes, clipped to the frame (as <see cref="RingSampler"/> reads it).</summary>
    private (PixelBox Inner, PixelBox Outer) RingBoxes(PixelBox box, int gap)
    {
        int width = options.Regions.RingWidthPixels;
        float Clip(float v, int max) => Math.Clamp(v, 0, max);
        var inner = new PixelBox(
            Clip(MathF.Floor(box.X1) - gap, map.Width), Clip(MathF.Floor(box.Y1) - gap, map.Height),
            Clip(MathF.Ceiling(box.X2) + gap, map.Width), Clip(MathF.Ceiling(box.Y2) + gap, map.Height));
        var outer = new PixelBox(
            Clip(MathF.Floor(box.X1) - gap - width, map.Width), Clip(MathF.Floor(box.Y1) - gap - width, map.Height),
            Clip(MathF.Ceiling(box.X2) + gap + width, map.Width), Clip(MathF.Ceiling(box.Y2) + gap + width, map.Height));
        return (inner, outer);
    }

    /// <summary>Whether the region rises at least the scan's minimum over the candidate reference.</summary>
    private bool Stands(HotRegion region, double reference) => region.MaxTemperatureCelsius - reference >= scan.MinDelta;

    /// <summary>Warm-pixel median of the nearest component of the host's kind and size that does not hold the hotspot.</summary>
    private (double Value, PixelBox Box)? SimilarMedian(HotRegion region, ThermalComponent host)
    {
        double hostArea = HotspotAttribution.Area(host.Box);
        var candidates = components
            .Where(c => !ReferenceEquals(c, host)
                && string.Equals(c.EquipmentKind, host.EquipmentKind, StringComparison.OrdinalIgnoreCase)
                && !HotspotAttribution.ContainsPixel(c.Box, region.MaxX, region.MaxY)
                && IsSimilarArea(HotspotAttribution.Area(c.Box), hostArea))
            .OrderBy(c => CentreDistanceSquared(c.Box, host.Box));
        foreach (var candidate in candidates)
        {
            double median = RingSampler.BoxMedian(map, candidate.Box, _warmAbove, double.PositiveInfinity, options.MinReferencePixels);
            if (!double.IsNaN(median))
            {
                return (median, candidate.Box);
            }
        }

        return null;
    }

    /// <summary>Pixels above this (map unit) belong to component bodies rather than sky or ground: past the noise (2 sigma) and a margin.</summary>
    private static double WarmAbove(HotRegionScan scan, HotspotAnalysisOptions options) =>
        scan.Scene.Median + (options.Regions.WarmMarginFraction * scan.MinDelta) + (2 * scan.NoiseSigma);

    /// <summary>The ring starts half the region's size beyond its box, past the tail of a smooth blob.</summary>
    private int SurroundingsGap(PixelBox box) =>
        options.Regions.RingGapPixels + (int)Math.Ceiling(Math.Max(box.X2 - box.X1, box.Y2 - box.Y1) / 2.0);

    private bool IsSimilarArea(double area, double hostArea) =>
        hostArea > 0 && area >= hostArea / options.SimilarAreaFactor && area <= hostArea * options.SimilarAreaFactor;

    private static double CentreDistanceSquared(PixelBox a, PixelBox b)
    {
        double dx = ((a.X1 + a.X2) - (b.X1 + b.X2)) / 2.0;
        double dy = ((a.Y1 + a.Y2) - (b.Y1 + b.Y2)) / 2.0;
        return (dx * dx) + (dy * dy);
    }
}
