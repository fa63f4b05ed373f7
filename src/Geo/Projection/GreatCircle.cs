namespace DroneInspect.Geo.Projection;

/// <summary>Distances on the WGS84 mean sphere (radius 6,371,008.8 m): good to about 0.5 %, enough to say how far apart two places are.</summary>
public static class GreatCircle
{
    public const double MeanEarthRadiusMeters = 6_371_008.8;

    /// <summary>Haversine distance in metres between two WGS84 positions in degrees.</summary>
    public static double DistanceMeters(double longitude1Degrees, double latitude1Degrees, double longitude2Degrees, double latitude2Degrees)
    {
        var phi1 = Radians(latitude1Degrees);
        var phi2 = Radians(latitude2Degrees);
        var dPhi = phi2 - phi1;
        var dLambda = Radians(longitude2Degrees - longitude1Degrees);
        var h = Square(Math.Sin(dPhi / 2)) + (Math.Cos(phi1) * Math.Cos(phi2) * Square(Math.Sin(dLambda / 2)));
        return 2 * MeanEarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// Distance in metres from a position to a longitude/latitude box (0 inside it): to the box's nearest point in
    /// degrees, which is the nearest on the ground for boxes the size of a network. A box crossing the antimeridian is
    /// not supported (it is measured the long way round).
    /// </summary>
    public static double DistanceToBoxMeters(double longitudeDegrees, double latitudeDegrees, double minLongitude, double minLatitude, double maxLongitude, double maxLatitude)
    {
        var nearestLongitude = Math.Clamp(longitudeDegrees, minLongitude, maxLongitude);
        var nearestLatitude = Math.Clamp(latitudeDegrees, minLatitude, maxLatitude);
        return DistanceMeters(longitudeDegrees, latitudeDegrees, nearestLongitude, nearestLatitude);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;

    private static double Square(double x) => x * x;
}
