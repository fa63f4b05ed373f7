namespace DroneInspect.Grains.Findings;

/// <summary>Short distances on the WGS84 ellipsoid's mean sphere; good to centimetres over the few metres merging needs.</summary>
public static class GeoDistance
{
    private const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>Great-circle distance in metres between two points given in degrees.</summary>
    public static double Meters(double latitude1Degrees, double longitude1Degrees, double latitude2Degrees, double longitude2Degrees)
    {
        var lat1 = double.DegreesToRadians(latitude1Degrees);
        var lat2 = double.DegreesToRadians(latitude2Degrees);
        var dLat = lat2 - lat1;
        var dLon = double.DegreesToRadians(longitude2Degrees - longitude1Degrees);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
