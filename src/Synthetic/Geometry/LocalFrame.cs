namespace DroneInspect.Synthetic.Geometry;

/// <summary>
/// Local tangent-plane frame (east, north, up in metres) anchored at a WGS84 origin on flat ground.
/// Up is height above the ground at <see cref="GroundElevationMeters"/> (metres above sea level).
/// The scene spans well under a kilometre, where this approximation errs by millimetres.
/// </summary>
internal sealed class LocalFrame(double originLongitudeDegrees, double originLatitudeDegrees, double groundElevationMeters)
{
    private const double SemiMajorAxisMeters = 6378137.0;
    private const double EccentricitySquared = 6.69437999014e-3;

    private readonly double _metersPerDegreeLatitude = MeridianRadius(originLatitudeDegrees) * Math.PI / 180.0;
    private readonly double _metersPerDegreeLongitude =
        PrimeVerticalRadius(originLatitudeDegrees) * Math.Cos(originLatitudeDegrees * Math.PI / 180.0) * Math.PI / 180.0;

    public double GroundElevationMeters { get; } = groundElevationMeters;

    public (double LongitudeDegrees, double LatitudeDegrees, double AltitudeMeters) ToWgs84(Vec3 p) =>
        (originLongitudeDegrees + p.E / _metersPerDegreeLongitude,
         originLatitudeDegrees + p.N / _metersPerDegreeLatitude,
         GroundElevationMeters + p.U);

    public Vec3 FromWgs84(double longitudeDegrees, double latitudeDegrees, double altitudeMeters) =>
        new((longitudeDegrees - originLongitudeDegrees) * _metersPerDegreeLongitude,
            (latitudeDegrees - originLatitudeDegrees) * _metersPerDegreeLatitude,
            altitudeMeters - GroundElevationMeters);

    private static double MeridianRadius(double latitudeDegrees)
    {
        double s = Math.Sin(latitudeDegrees * Math.PI / 180.0);
        return SemiMajorAxisMeters * (1 - EccentricitySquared) / Math.Pow(1 - EccentricitySquared * s * s, 1.5);
    }

    private static double PrimeVerticalRadius(double latitudeDegrees)
    {
        double s = Math.Sin(latitudeDegrees * Math.PI / 180.0);
        return SemiMajorAxisMeters / Math.Sqrt(1 - EccentricitySquared * s * s);
    }
}
