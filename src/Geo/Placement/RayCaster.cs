namespace DroneInspect.Geo.Placement;

/// <summary>What a ray met: an asset element, the ground plane, or nothing (a ray into the sky).</summary>
internal readonly record struct RayHit(Vector3D Point, double RangeMeters, NetworkElement? Element, double GapMeters, double ToleranceMeters, bool OnGround)
{
    public bool IsNothing => Element is null && !OnGround;
}

/// <summary>
/// Casts one ray (grid frame) into the network: among elements whose surface passes within the match tolerance of the
/// ray (in front of the camera, up to the maximum range and not below the lowest ground), the one with the smallest gap
/// wins; elements within a small margin of that gap count as equally close and the nearest along the ray wins
/// (it hides the others). No element: the ray meets the ground plane. Stateless: safe to use from many threads.
/// </summary>
internal sealed class RayCaster(NetworkGeometry geometry, PlacementOptions options)
{
    private const double MinRangeMeters = 0.5;
    private const double BelowGroundMarginMeters = 0.5;
    private const double SlackRangeMeters = 10;

    [ThreadStatic]
    private static List<NetworkElement>? _buffer;

    [ThreadStatic]
    private static List<RayHit>? _accepted;

    private readonly double _angleRadians = options.AngleDegrees * Math.PI / 180.0;

    /// <summary>Match tolerance in metres at a range, for a camera whose pixel spans pixelAngle radians.</summary>
    public double Tolerance(double rangeMeters, double pixelAngleRadians)
    {
        var lateralPoseSigma = Math.Sqrt(Square(options.GpsHorizontalMeters) + Square(rangeMeters * _angleRadians));
        return Math.Max(options.MinMatchToleranceMeters, Math.Max(
            rangeMeters * options.MatchTolerancePixels * pixelAngleRadians,
            options.MatchTolerancePoseSigmas * lateralPoseSigma));
    }

    /// <param name="candidates">Elements to test instead of querying the index (a superset of those near this ray, e.g.
    /// from <see cref="Candidates"/> for a nearby ray); null queries the index.</param>
    public RayHit Cast(Vector3D origin, Vector3D direction, double groundZ, double pixelAngleRadians, List<NetworkElement>? candidates = null)
    {
        var tGround = direction.Z < -1e-12 && origin.Z > groundZ ? (groundZ - origin.Z) / direction.Z : double.PositiveInfinity;
        var best = FindElement(origin, direction, groundZ, pixelAngleRadians, candidates);
        if (best is { } hit)
        {
            return hit;
        }

        return double.IsFinite(tGround)
            ? new RayHit(origin + direction * tGround, tGround, null, 0, 0, true)
            : new RayHit(origin, 0, null, 0, 0, false);
    }

    /// <summary>
    /// Every element that a ray within <paramref name="extraMetersAt"/>(range) of this one could meet: the index queried
    /// once along this ray with the match tolerance widened by that much, for re-casting perturbed copies of the ray.
    /// </summary>
    public List<NetworkElement> Candidates(Vector3D origin, Vector3D direction, double groundZ, double pixelAngleRadians, Func<double, double> extraMetersAt)
    {
        var found = new List<NetworkElement>();
        if (!ClipToNetwork(origin, direction, groundZ, 0, range => Tolerance(range, pixelAngleRadians) + extraMetersAt(range), out var tMin, out var tMax))
        {
            return found;
        }

        geometry.Query(origin, direction, tMin, tMax, range => Tolerance(range, pixelAngleRadians) + extraMetersAt(range), found);

        // Keep only elements this ray itself passes within the widened tolerance of (the index gave envelope overlaps),
        // each once: the re-casts then test a handful of elements instead of everything near the ray's footprint.
        var kept = new HashSet<NetworkElement>(ReferenceEqualityComparer.Instance);
        found.RemoveAll(element =>
        {
            var approach = RayGeometry.Approach(origin, direction, 0, options.MaxRangeMeters, element);
            var range = approach.RayDistanceMeters + SlackRangeMeters;
            return approach.GapMeters > Tolerance(range, pixelAngleRadians) + extraMetersAt(range) || !kept.Add(element);
        });
        return found;
    }

    private RayHit? FindElement(Vector3D origin, Vector3D direction, double groundZ, double pixelAngleRadians, List<NetworkElement>? given)
    {
        if (!ClipToNetwork(origin, direction, groundZ, MinRangeMeters, range => Tolerance(range, pixelAngleRadians), out var tMin, out var tMax))
        {
            return null;
        }

        var candidates = given;
        if (candidates is null)
        {
            candidates = _buffer ??= [];
            candidates.Clear();
            geometry.Query(origin, direction, tMin, tMax, range => Tolerance(range, pixelAngleRadians), candidates);
        }

        RayHit? best = null;
        var bestGap = double.PositiveInfinity;
        var accepted = _accepted ??= [];
        accepted.Clear();
        foreach (var element in candidates)
        {
            var approach = RayGeometry.Approach(origin, direction, tMin, tMax, element);
            var tolerance = Tolerance(approach.RayDistanceMeters, pixelAngleRadians);
            if (approach.GapMeters <= tolerance)
            {
                accepted.Add(new RayHit(approach.ElementPoint, approach.RayDistanceMeters, element, approach.GapMeters, tolerance, false));
                bestGap = Math.Min(bestGap, approach.GapMeters);
            }
        }

        foreach (var hit in accepted)
        {
            var closeMargin = Math.Max(0.05, hit.RangeMeters * pixelAngleRadians);
            if (hit.GapMeters <= bestGap + closeMargin && (best is null || hit.RangeMeters < best.Value.RangeMeters))
            {
                best = hit;
            }
        }

        return best;
    }

    /// <summary>
    /// The stretch [tMin, tMax] of the ray (from tStart, up to the maximum range) that lies between the lowest element
    /// (or the ground) and the highest element raised by the margin at that range. The margin grows with range, so the
    /// slab is clipped with the margin at the maximum range and then tightened twice with the margin at the clipped end.
    /// </summary>
    private bool ClipToNetwork(Vector3D origin, Vector3D direction, double groundZ, double tStart, Func<double, double> marginAt, out double tMin, out double tMax)
    {
        tMax = options.MaxRangeMeters;
        tMin = tStart;
        var reach = options.MaxRangeMeters;
        for (var pass = 0; pass < 3; pass++)
        {
            var margin = marginAt(reach);
            var floorZ = Math.Min(groundZ, geometry.MinZ) - BelowGroundMarginMeters;
            var limit = options.MaxRangeMeters;
            if (!ClipToSlab(origin.Z, direction.Z, floorZ, geometry.MaxZ + margin, tStart, ref limit, out tMin))
            {
                return false;
            }

            tMax = limit;
            if (tMax >= reach - 1e-9)
            {
                break;
            }

            reach = tMax;
        }

        return true;
    }

    /// <summary>Limits [tMin, tMax] to where the ray's height lies between lowZ and highZ; false when nothing is left.</summary>
    private static bool ClipToSlab(double z0, double dz, double lowZ, double highZ, double tStart, ref double tMax, out double tMin)
    {
        tMin = tStart;
        if (Math.Abs(dz) < 1e-12)
        {
            return z0 >= lowZ && z0 <= highZ && tMax > tMin;
        }

        var tLow = (lowZ - z0) / dz;
        var tHigh = (highZ - z0) / dz;
        tMin = Math.Max(tMin, Math.Min(tLow, tHigh));
        tMax = Math.Min(tMax, Math.Max(tLow, tHigh));
        return tMax > tMin;
    }

    private static double Square(double x) => x * x;
}
