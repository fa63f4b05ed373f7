using System.Collections.Concurrent;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace DroneInspect.Geo.Projection;

/// <summary>
/// WGS84 longitude/latitude (degrees) to and from one UTM zone's easting/northing (metres). Create once per network:
/// building the ProjNET transforms is the expensive part; converting is cheap and thread-safe.
/// Zones follow the plain 6-degree rule (the Norway/Svalbard exceptions are not applied; a zone stays usable well beyond
/// its edges for the few kilometres a network spans).
/// </summary>
public sealed class UtmProjection
{
    private static readonly ConcurrentDictionary<(int Zone, bool North), UtmProjection> Zones = new();

    private readonly MathTransform _forward;
    private readonly MathTransform _inverse;

    public UtmProjection(int zone, bool isNorthernHemisphere)
    {
        if (zone is < 1 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(zone), zone, "A UTM zone is 1..60.");
        }

        Zone = zone;
        IsNorthernHemisphere = isNorthernHemisphere;
        var utm = ProjectedCoordinateSystem.WGS84_UTM(zone, isNorthernHemisphere);
        var transform = new CoordinateTransformationFactory().CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, utm);
        _forward = transform.MathTransform;
        _inverse = transform.MathTransform.Inverse();
    }

    public int Zone { get; }

    public bool IsNorthernHemisphere { get; }

    /// <summary>
    /// The zone holding a position: zone from the longitude, hemisphere from the latitude's sign. One instance per zone
    /// and hemisphere is kept for the process (building the transforms is the costly part), so per-capture use is cheap.
    /// </summary>
    public static UtmProjection ForLocation(double longitudeDegrees, double latitudeDegrees) =>
        Zones.GetOrAdd((ZoneOf(longitudeDegrees), latitudeDegrees >= 0), key => new UtmProjection(key.Zone, key.North));

    /// <summary>UTM zone 1..60 of a longitude in degrees (-180 maps to 1, 180 to 60).</summary>
    public static int ZoneOf(double longitudeDegrees) =>
        Math.Clamp((int)Math.Floor((longitudeDegrees + 180.0) / 6.0) + 1, 1, 60);

    /// <summary>Easting and northing in metres of a WGS84 position.</summary>
    public (double EastingMeters, double NorthingMeters) Project(double longitudeDegrees, double latitudeDegrees) =>
        _forward.Transform(longitudeDegrees, latitudeDegrees);

    /// <summary>WGS84 longitude and latitude in degrees of an easting/northing in metres.</summary>
    public (double LongitudeDegrees, double LatitudeDegrees) Unproject(double eastingMeters, double northingMeters) =>
        _inverse.Transform(eastingMeters, northingMeters);
}
