using NetTopologySuite.Geometries;

namespace DroneInspect.Cases.Requests;

/// <summary>
/// What the exports draw for a target: a line as its vertices, anything else as one point (a polygon or a
/// multi-part geometry by its centroid). Positions are (longitude, latitude) in WGS84 degrees.
/// </summary>
public sealed record TargetShape(bool IsLine, IReadOnlyList<(double LongitudeDegrees, double LatitudeDegrees)> Positions)
{
    public static TargetShape Of(Geometry geometry) => geometry switch
    {
        LineString line when line.NumPoints >= 2 => new TargetShape(true, line.Coordinates.Select(c => (c.X, c.Y)).ToList()),
        Point point => new TargetShape(false, [(point.X, point.Y)]),
        _ => new TargetShape(false, [(geometry.Centroid.X, geometry.Centroid.Y)]),
    };

    /// <summary>"urgent", "high", "normal" or "low".</summary>
    public static string PriorityName(RequestPriority priority) => priority.ToString().ToLowerInvariant();
}
