namespace DroneInspect.Geo.Placement;

/// <summary>
/// Radius (metres, 3-D) that should hold the true position about 90 % of the time, from the pose's 1-sigma errors.
/// Deterministic sigma points: the ray is cast again with the camera moved +-1 sigma east, north and up, and turned
/// +-1 sigma in yaw, pitch and roll, each alone. Each error's effect is the larger of its two displacements of the
/// placed point (so a flip to another element or to the ground counts in full), the effects add in quadrature, and
/// radius = 1.645 * sqrt(sum) (exact 90 % for one dominant direction, conservative for two or three), combined in
/// quadrature with the element's radius (the placement point is its axis, the sighting on its surface). For a hit on an
/// element the radius is at least the free ray's 90 % spread at that range plus the distance the snap onto the element
/// moved the point (a pose error can make the ray snap to a neighbouring element).
/// </summary>
internal static class PlacementUncertainty
{
    private const double NinetyPercentFactor = 1.645;

    /// <summary>
    /// How far (metres) a perturbed ray can pass from the nominal one at a range: the position shift plus the turn's
    /// sweep, with slack. Candidates gathered along the nominal ray widened by this serve every re-cast.
    /// </summary>
    public static Func<double, double> PerturbationReach(PlacementOptions options)
    {
        var shift = Math.Max(options.GpsHorizontalMeters, options.AltitudeMeters);
        var angleRadians = options.AngleDegrees * Math.PI / 180.0;
        return range => shift + (range * angleRadians * 1.5) + 0.5;
    }

    /// <param name="candidates">Elements near the nominal ray widened by <see cref="PerturbationReach"/>.</param>
    public static double RadiusMeters(
        RayCaster caster, CameraFrame frame, CameraView view, double pixelX, double pixelY, double groundZ, RayHit nominal,
        PlacementOptions options, List<NetworkElement> candidates)
    {
        if (nominal.IsNothing)
        {
            return options.MaxRangeMeters;
        }

        var direction = frame.DirectionGrid(pixelX, pixelY);
        var pixelAngle = frame.Camera.PixelAngleRadians;
        var gps = options.GpsHorizontalMeters;

        var sum = 0.0;
        sum += Square(Effect(frame.EnuToGrid(new Vector3D(gps, 0, 0)), direction));
        sum += Square(Effect(frame.EnuToGrid(new Vector3D(0, gps, 0)), direction));
        sum += Square(Effect(new Vector3D(0, 0, options.AltitudeMeters), direction));
        var angle = options.AngleDegrees;
        sum += Square(Math.Max(Turned(view with { YawDegrees = view.YawDegrees + angle }), Turned(view with { YawDegrees = view.YawDegrees - angle })));
        sum += Square(Math.Max(Turned(view with { PitchDegrees = view.PitchDegrees + angle }), Turned(view with { PitchDegrees = view.PitchDegrees - angle })));
        sum += Square(Math.Max(Turned(view with { RollDegrees = view.RollDegrees + angle }), Turned(view with { RollDegrees = view.RollDegrees - angle })));
        var radius = nominal.Element?.RadiusMeters ?? 0;
        var cast = Math.Sqrt(Square(NinetyPercentFactor) * sum + Square(radius));
        if (nominal.Element is null)
        {
            return cast;
        }

        // A hit on an element snaps the point onto it, which hides how far the pose can move the ray: with a wrong pose
        // the ray may snap to a neighbouring element (a conductor running past the pole top it shows). The free ray's
        // own spread at that range plus how far the snap moved the point bounds that.
        var angleSpread = nominal.RangeMeters * angle * Math.PI / 180.0;
        var free = NinetyPercentFactor * Math.Sqrt(2 * Square(gps) + Square(options.AltitudeMeters) + 3 * Square(angleSpread));
        return Math.Max(cast, free + nominal.GapMeters + radius);

        double Effect(Vector3D shift, Vector3D dir) =>
            Math.Max(Displacement(frame.Origin + shift, dir), Displacement(frame.Origin - shift, dir));

        double Turned(CameraView turned) =>
            Displacement(frame.Origin, frame.EnuToGrid(new CameraModel(turned).DirectionEnu(pixelX, pixelY)).Normalized());

        double Displacement(Vector3D origin, Vector3D dir)
        {
            var hit = caster.Cast(origin, dir, groundZ, pixelAngle, candidates);
            return hit.IsNothing ? options.MaxRangeMeters : (hit.Point - nominal.Point).Length;
        }
    }

    private static double Square(double x) => x * x;
}
