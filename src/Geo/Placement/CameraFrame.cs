using DroneInspect.Geo.Projection;

namespace DroneInspect.Geo.Placement;

/// <summary>
/// A camera placed in a network's UTM frame (grid: X easting, Y northing, Z altitude above sea level, metres).
/// The camera's ENU directions (true north) map to grid directions through the projection's local Jacobian, which
/// carries the meridian convergence and the scale factor; heights are not scaled. Also the forward projection
/// world position -> pixel.
/// </summary>
public sealed class CameraFrame
{
    private const double SemiMajorMeters = 6378137.0;
    private const double EccentricitySquared = 6.69437999014e-3;
    private const double StepDegrees = 1e-4;

    private readonly UtmProjection _projection;

    // Horizontal Jacobian: grid metres per true metre east (EastX, EastY) and north (NorthX, NorthY).
    private readonly double _eastX, _eastY, _northX, _northY, _determinant;

    public CameraFrame(CameraView view, UtmProjection projection)
    {
        _projection = projection;
        Camera = new CameraModel(view);
        var (e, n) = projection.Project(view.LongitudeDegrees, view.LatitudeDegrees);
        Origin = new Vector3D(e, n, view.AltitudeMeters);

        var latRadians = view.LatitudeDegrees * Math.PI / 180.0;
        var w = 1.0 - EccentricitySquared * Math.Sin(latRadians) * Math.Sin(latRadians);
        var metersPerDegreeEast = SemiMajorMeters / Math.Sqrt(w) * Math.Cos(latRadians) * Math.PI / 180.0;
        var metersPerDegreeNorth = SemiMajorMeters * (1 - EccentricitySquared) / (w * Math.Sqrt(w)) * Math.PI / 180.0;
        var (e1, n1) = projection.Project(view.LongitudeDegrees + StepDegrees, view.LatitudeDegrees);
        var (e0, n0) = projection.Project(view.LongitudeDegrees - StepDegrees, view.LatitudeDegrees);
        _eastX = (e1 - e0) / (2 * StepDegrees * metersPerDegreeEast);
        _eastY = (n1 - n0) / (2 * StepDegrees * metersPerDegreeEast);
        (e1, n1) = projection.Project(view.LongitudeDegrees, view.LatitudeDegrees + StepDegrees);
        (e0, n0) = projection.Project(view.LongitudeDegrees, view.LatitudeDegrees - StepDegrees);
        _northX = (e1 - e0) / (2 * StepDegrees * metersPerDegreeNorth);
        _northY = (n1 - n0) / (2 * StepDegrees * metersPerDegreeNorth);
        _determinant = _eastX * _northY - _northX * _eastY;
    }

    public CameraModel Camera { get; }

    /// <summary>Camera position in the grid frame.</summary>
    public Vector3D Origin { get; }

    /// <summary>An ENU vector (metres or direction) expressed in the grid frame.</summary>
    public Vector3D EnuToGrid(Vector3D enu) =>
        new(enu.X * _eastX + enu.Y * _northX, enu.X * _eastY + enu.Y * _northY, enu.Z);

    /// <summary>A grid vector expressed in ENU (inverse of <see cref="EnuToGrid"/>).</summary>
    public Vector3D GridToEnu(Vector3D grid) =>
        new((grid.X * _northY - grid.Y * _northX) / _determinant, (grid.Y * _eastX - grid.X * _eastY) / _determinant, grid.Z);

    /// <summary>Unit direction in the grid frame of the ray through pixel (x, y).</summary>
    public Vector3D DirectionGrid(double pixelX, double pixelY) =>
        EnuToGrid(Camera.DirectionEnu(pixelX, pixelY)).Normalized();

    /// <summary>Grid position of a WGS84 position (degrees) at an altitude above sea level (metres).</summary>
    public Vector3D ToGrid(double longitudeDegrees, double latitudeDegrees, double altitudeMeters)
    {
        var (e, n) = _projection.Project(longitudeDegrees, latitudeDegrees);
        return new Vector3D(e, n, altitudeMeters);
    }

    /// <summary>WGS84 longitude, latitude (degrees) and altitude (metres) of a grid position.</summary>
    public (double LongitudeDegrees, double LatitudeDegrees, double AltitudeMeters) ToGeographic(Vector3D grid)
    {
        var (lon, lat) = _projection.Unproject(grid.X, grid.Y);
        return (lon, lat, grid.Z);
    }

    /// <summary>Pixel where a world position appears; false when it is behind the camera.</summary>
    public bool TryProject(double longitudeDegrees, double latitudeDegrees, double altitudeMeters, out double pixelX, out double pixelY) =>
        Camera.TryProjectEnu(GridToEnu(ToGrid(longitudeDegrees, latitudeDegrees, altitudeMeters) - Origin), out pixelX, out pixelY);
}
