using System.Globalization;

namespace DroneInspect.Viewer.Findings;

/// <summary>A longitude/latitude box in degrees WGS84, edges included; it does not cross the antimeridian (min &lt;= max).</summary>
public sealed record BoundingBox(double MinLongitudeDegrees, double MinLatitudeDegrees, double MaxLongitudeDegrees, double MaxLatitudeDegrees)
{
    public bool Contains(double longitudeDegrees, double latitudeDegrees) =>
        longitudeDegrees >= MinLongitudeDegrees && longitudeDegrees <= MaxLongitudeDegrees
        && latitudeDegrees >= MinLatitudeDegrees && latitudeDegrees <= MaxLatitudeDegrees;

    /// <summary>Parses "minLon,minLat,maxLon,maxLat" (the GeoJSON bbox order); <paramref name="why"/> says what is wrong.</summary>
    public static bool TryParse(string text, out BoundingBox? box, out string? why)
    {
        box = null;
        var parts = text.Split(',');
        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                why = $"'bbox' must be four numbers minLon,minLat,maxLon,maxLat in degrees (got '{text}').";
                return false;
            }
        }

        if (numbers.Length != 4)
        {
            why = $"'bbox' must be four numbers minLon,minLat,maxLon,maxLat in degrees (got {numbers.Length}).";
            return false;
        }

        var (minLon, minLat, maxLon, maxLat) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90)
        {
            why = "'bbox' longitudes must lie in -180..180 and latitudes in -90..90 degrees.";
            return false;
        }

        if (minLon > maxLon || minLat > maxLat)
        {
            why = "'bbox' minimums must not exceed maximums (minLon,minLat,maxLon,maxLat; a box across the antimeridian is two queries).";
            return false;
        }

        box = new BoundingBox(minLon, minLat, maxLon, maxLat);
        why = null;
        return true;
    }
}
