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

    private readonly double _angleRadians = options.AngleDegrees * Math.PI / 180.0;

    /// <summary>Match tolerance in metres at a range, for a camera whose pixel spans pixelAngle radians.</summary>
    public double Tolerance(double rangeMeters, double pixelAngleRadians)
    {
        var lateralPoseSigma = Math.Sqrt(Square(options.GpsHorizontalMeters) + Square(rangeMeters * _angleRadians));
        return Math.Max(options.MinMatchToleranceMeters, Math.Max(
            rangeMeters * options.MatchTolerancePixels * pixelAngleRadians,
            options.MatchTolerancePoseSigmas * lateralPoseSigma));
    }

    public RayHit Cast(Vector3D origin, Vector3D direction, double groundZ, double pixelAngleRadians)
    {
        var tGround = direction.Z < -1e-12 && origin.Z > groundZ ? (groundZ - origin.Z) / direction.Z : double.PositiveInfinity;
        var best = FindElement(origin, direction, groundZ, pixelAngleRadians);
        if (best is { } hit)
        {
            return hit;
        }

        return double.IsFinite(tGround)
            ? new RayHit(origin + direction * tGround, tGround, null, 0, 0, true)
            : new RayHit(origin, 0, null, 0, 0, false);
    }

    private RayHit? FindElement(Vector3D origin, Vector3D direction, double groundZ, double pixelAngleRadians)
    {
        var tMax = options.MaxRangeMeters;
        var margin = Tolerance(tMax, pixelAngleRadians);
        var floorZ = Math.Min(groundZ, geometry.MinZ) - BelowGroundMarginMeters;
        if (!ClipToSlab(origin.Z, direction.Z, floorZ, geometry.MaxZ + margin, MinRangeMeters, ref tMax, out var tMin))
        {
            return null;
        }

        var candidates = new List<NetworkElement>();
        geometry.Query(origin, direction, tMin, tMax, range => Tolerance(range, pixelAngleRadians), candidates);
        RayHit? best = null;
        var bestGap = double.PositiveInfinity;
        var accepted = new List<RayHit>();
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
