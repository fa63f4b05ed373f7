using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>
/// The working state of one <see cref="HotRegionFinder"/> scan: the label array (0 free, -1 claimed by a region already
/// judged, positive while a region is being grown) and the member buffers. Not thread-safe; one per scan.
/// </summary>
internal sealed class RegionSearch(TemperatureMap map, HotRegionOptions options, double minDelta)
{
    private const int Free = 0;
    private const int Claimed = -1;
    private const int MinRingPixels = 8;
    private const int MaxBaseIterations = 8;
    private const double BaseTolerance = 0.02;

    private readonly int[] _labels = new int[map.Values.Length];
    private readonly int[] _stack = new int[map.Values.Length];
    private readonly int[] _body = new int[map.Values.Length];
    private readonly int[] _part = new int[map.Values.Length];
    private readonly bool[] _reported = new bool[map.Values.Length];
    private int _nextLabel = 1;

    public List<HotRegion> Regions { get; } = [];

    /// <summary>Per region: the level it was judged against (its ring, or the body a hot part sits on).</summary>
    public List<double> BaseLevels { get; } = [];

    public bool IsClaimed(int index) => _labels[index] != Free;

    /// <summary>
    /// Grows the seed's body to a fixed point (level = base + fraction of the rise; base = the median of the ring that
    /// follows the body's outline, <see cref="ShapedRing"/>), then keeps it, its hot parts, or nothing, and claims the body so later seeds inside it are skipped.
    /// </summary>
    public void Examine(PeakSeed seed)
    {
        double peak = seed.Value;
        double baseLevel = seed.SaddleLevel;
        int label = 0;
        int count = 0;
        for (int iteration = 0; iteration < MaxBaseIterations; iteration++)
        {
            if (peak - baseLevel < minDelta)
            {
                break;
            }

            Release(count);
            label = _nextLabel++;
            count = Grower.Grow(seed.Index, Free, label, Level(baseLevel, peak), _body);
            double ring = RingSampler.RingMedian(
                map, Box(count), options.RingGapPixels, options.RingWidthPixels, double.NegativeInfinity, double.PositiveInfinity, MinRingPixels);
            if (double.IsNaN(ring) || Math.Abs(ring - baseLevel) <= BaseTolerance * minDelta)
            {
                break;
            }

            baseLevel = ring;
        }

        if (count == 0)
        {
            _labels[seed.Index] = Claimed;
            return;
        }

        Judge(count, label, baseLevel);
        Claim(_body, count);
    }

    private void Judge(int count, int label, double baseLevel)
    {
        var members = _body.AsSpan(0, count);
        double blockPeak = MemberBlocks.BlockPeak(map, _labels, members, label, options.MinBlockPixels);
        if (double.IsNaN(blockPeak) || blockPeak - baseLevel < minDelta)
        {
            return; // unresolved by the optics, or not above its ring
        }

        var body = Grower.Describe(members);
        bool isShoulder = TouchesReported(members);
        bool hasEdge = HasEdge(label, body.Box);
        var (isLine, bodyMedian) = IsLine(members, label);
        var parts = HotParts(members, label, bodyMedian, body.MaxTemperatureCelsius);
        if (isLine || !hasEdge || isShoulder)
        {
            // A shoulder: the body touches a hotter region already reported (seeds come hottest first), so it is the
            // lower flank of that same hot body, grown at a lower level. Only hot parts of its own may count.
            // A line, or a smooth swell of the scene, is never a hot spot by itself either.
            Report(parts, bodyMedian);
            return;
        }

        double partRise = body.MaxTemperatureCelsius - bodyMedian;
        double bodyRise = bodyMedian - baseLevel;
        bool standsUp = bodyRise >= options.BodyFillFraction * (body.MaxTemperatureCelsius - baseLevel);
        if (!standsUp || count > options.MaxBodyFrameFraction * map.Values.Length)
        {
            // A slope the level cut through (a gently warm panel), or a body too large to be a spot (a tower, a roof):
            // only its hot parts count.
            Report(parts, bodyMedian);
        }
        else if (parts.Count == 1 && parts[0].AreaPixels <= options.HotPartMaxAreaFraction * count
            && partRise >= options.HotPartRiseFraction * bodyRise)
        {
            Report(parts, bodyMedian); // a hot terminal on a warm bushing
        }
        else
        {
            Mark(members);
            Report([WithEdge(body)], baseLevel);
        }
    }

    /// <summary>Whether any member touches (8-neighbour) a region already reported.</summary>
    private bool TouchesReported(ReadOnlySpan<int> members)
    {
        foreach (int index in members)
        {
            int x = index % map.Width;
            int y = index / map.Width;
            for (int ny = Math.Max(0, y - 1); ny <= Math.Min(map.Height - 1, y + 1); ny++)
            {
                for (int nx = Math.Max(0, x - 1); nx <= Math.Min(map.Width - 1, x + 1); nx++)
                {
                    if (_reported[(ny * map.Width) + nx])
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private void Mark(ReadOnlySpan<int> members)
    {
        foreach (int index in members)
        {
            _reported[index] = true;
        }
    }

    /// <summary>Whether the region's rim stands at least the minimum rise above the band just outside its outline.</summary>
    private bool HasEdge(int label, PixelBox box) =>
        RegionEdge.Drop(map, _labels, label, box, options.RingGapPixels, options.RingWidthPixels) >= minDelta;

    /// <summary>
    /// Whether the members form a line (elongated, or mostly thin lines; see <see cref="HotRegionOptions.LineElongation"/> and
    /// <see cref="HotRegionOptions.MinThickFraction"/>), and the median of their thick part (map unit).
    /// </summary>
    private (bool IsLine, double ThickMedian) IsLine(ReadOnlySpan<int> members, int label)
    {
        var (thickFraction, median) = MemberBlocks.ThickPart(map, _labels, members, label);
        return (RegionShape.Elongation(members, map.Width) >= options.LineElongation || thickFraction < options.MinThickFraction, median);
    }

    /// <summary>The parts of a body above its median by half their rise (each resolved and rising at least the minimum).</summary>
    private List<HotRegion> HotParts(ReadOnlySpan<int> members, int bodyLabel, double bodyMedian, double peak)
    {
        var parts = new List<HotRegion>();
        if (peak - bodyMedian < minDelta)
        {
            return parts;
        }

        double level = Level(bodyMedian, peak);
        foreach (int index in members)
        {
            if (_labels[index] != bodyLabel || !(map.Values[index] > level))
            {
                continue;
            }

            int label = _nextLabel++;
            int count = Grower.Grow(index, bodyLabel, label, level, _part);
            var part = _part.AsSpan(0, count);
            if (MemberBlocks.BlockPeak(map, _labels, part, label, options.MinBlockPixels) - bodyMedian >= minDelta)
            {
                var region = WithEdge(Grower.Describe(part));
                if (HasEdge(label, region.Box) && !IsLine(part, label).IsLine && !TouchesReported(part))
                {
                    Mark(part);
                    parts.Add(region);
                }
            }
        }

        return parts;
    }

    /// <summary>Keeps the regions that rise above their ring's texture as well as its level (<see cref="HotRegionOptions.ClutterFactor"/>).</summary>
    private void Report(List<HotRegion> regions, double baseLevel)
    {
        foreach (var region in regions)
        {
            double texture = RingSampler.RingTexture(map, region.Box, options.RingGapPixels, options.RingWidthPixels, MinRingPixels);
            if (double.IsFinite(texture) && region.MaxTemperatureCelsius - baseLevel < options.ClutterFactor * texture)
            {
                continue; // one warm patch among many like it: clutter, not a hot spot
            }

            Regions.Add(region);
            BaseLevels.Add(baseLevel);
        }
    }

    private HotRegion WithEdge(HotRegion region) => region with
    {
        IsPartial = region.Box.X1 <= 0 || region.Box.Y1 <= 0 || region.Box.X2 >= map.Width || region.Box.Y2 >= map.Height,
    };

    private double Level(double baseLevel, double peak) => baseLevel + (options.LevelFraction * (peak - baseLevel));

    private PixelBox Box(int count) => count == 0 ? new PixelBox(0, 0, 0, 0) : Grower.Describe(_body.AsSpan(0, count)).Box;

    private void Release(int count)
    {
        foreach (int index in _body.AsSpan(0, count))
        {
            _labels[index] = Free;
        }
    }

    private void Claim(int[] members, int count)
    {
        foreach (int index in members.AsSpan(0, count))
        {
            _labels[index] = Claimed;
        }
    }

    private RegionGrower Grower => new(map.Values, map.Width, map.Height, _labels, _stack);
}
