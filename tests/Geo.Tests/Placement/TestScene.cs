using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Placement;
using DroneInspect.Geo.Projection;

namespace DroneInspect.Geo.Tests.Placement;

/// <summary>
/// A small network near Zurich (UTM 32N, ~0.4 degrees of meridian convergence) laid out in grid metres from an origin:
/// poles P1 (0, 0) and P2 (60, 0), 12 m, ground 400 m; line L1 P1 -> P2 (eastwards), 3 phases 1 m apart attached at
/// 11 m with 1 m sag; transformer X1 at (0, -1.2) mounted at 8 m; tower T1 at (200, 200), 30 m.
/// </summary>
internal static class TestScene
{
    public const double Lon0 = 8.55;
    public const double Lat0 = 47.37;
    public const double GroundMeters = 400;
    public const double FocalPixels = 1000;
    public const double AttachMeters = 411;
    public const double SagMeters = 1;

    public static readonly UtmProjection Projection = UtmProjection.ForLocation(Lon0, Lat0);
    public static readonly Vector3D Origin = Grid(Lon0, Lat0, 0);

    public static AssetNetwork LineNetwork()
    {
        var p1 = LonLat(0, 0);
        var p2 = LonLat(60, 0);
        var x1 = LonLat(0, -1.2);
        var t1 = LonLat(200, 200);
        using var file = GeoJsonFile.Collection(
            GeoJsonFile.Point(p1.Lon, p1.Lat, "\"id\":\"P1\",\"kind\":\"pole\",\"heightMeters\":12,\"groundElevationMeters\":400"),
            GeoJsonFile.Point(p2.Lon, p2.Lat, "\"id\":\"P2\",\"kind\":\"pole\",\"heightMeters\":12,\"groundElevationMeters\":400"),
            GeoJsonFile.Point(x1.Lon, x1.Lat, "\"id\":\"X1\",\"kind\":\"transformer\",\"mountedOn\":\"P1\",\"mountHeightMeters\":8"),
            GeoJsonFile.Point(t1.Lon, t1.Lat, "\"id\":\"T1\",\"kind\":\"tower\",\"heightMeters\":30,\"groundElevationMeters\":400"),
            GeoJsonFile.Line([p1, p2], "\"id\":\"L1\",\"kind\":\"line\",\"supports\":[\"P1\",\"P2\"],\"phases\":3,\"phaseSpacingMeters\":1,\"attachmentHeightMeters\":11,\"sagMeters\":1"));
        var network = AssetNetwork.LoadGeoJson(file.Path);
        Assert.Empty(network.Problems);
        return network;
    }

    /// <summary>Only one pole 1 km away: every nearby pixel falls to the ground.</summary>
    public static AssetNetwork FarPoleNetwork()
    {
        var far = LonLat(1000, 1000);
        using var file = GeoJsonFile.Collection(
            GeoJsonFile.Point(far.Lon, far.Lat, "\"id\":\"FAR\",\"kind\":\"pole\",\"groundElevationMeters\":400"));
        return AssetNetwork.LoadGeoJson(file.Path);
    }

    /// <summary>Poles G{i}_{j} every 100 m (10 m high, ground 400 m) and one line per row j through its poles.</summary>
    public static AssetNetwork GridNetwork(int columns, int rows)
    {
        var features = new List<string>();
        for (var j = 0; j < rows; j++)
        {
            var positions = new List<(double Lon, double Lat)>();
            var ids = new List<string>();
            for (var i = 0; i < columns; i++)
            {
                var position = LonLat(100 * i, 100 * j);
                positions.Add(position);
                ids.Add($"\"G{i}_{j}\"");
                features.Add(GeoJsonFile.Point(position.Lon, position.Lat, $"\"id\":\"G{i}_{j}\",\"kind\":\"pole\",\"heightMeters\":10,\"groundElevationMeters\":400"));
            }

            features.Add(GeoJsonFile.Line(positions, $"\"id\":\"R{j}\",\"kind\":\"line\",\"supports\":[{string.Join(",", ids)}],\"attachmentHeightMeters\":9,\"sagMeters\":1.5"));
        }

        using var file = GeoJsonFile.Collection([.. features]);
        var network = AssetNetwork.LoadGeoJson(file.Path);
        Assert.Empty(network.Problems);
        return network;
    }

    /// <summary>Point of phase offset (metres north of the span's centre line) at fraction s of span P1 -> P2.</summary>
    public static Vector3D ConductorPoint(double s, double northOffsetMeters) =>
        new(60 * s, northOffsetMeters, AttachMeters - 4 * SagMeters * s * (1 - s));

    public static (double Lon, double Lat) LonLat(double east, double north) =>
        Projection.Unproject(Origin.X + east, Origin.Y + north);

    public static Vector3D Grid(double lon, double lat, double altitude)
    {
        var (e, n) = Projection.Project(lon, lat);
        return new Vector3D(e, n, altitude);
    }

    /// <summary>Local grid offset (metres from the origin) of a placement.</summary>
    public static Vector3D Local(DroneInspect.Geo.Placement.Placement placement) =>
        Grid(placement.LongitudeDegrees, placement.LatitudeDegrees, placement.AltitudeMeters) - Origin;

    public static CameraView View(double east, double north, double heightAboveGround, double yaw, double pitch, double roll = 0)
    {
        var (lon, lat) = LonLat(east, north);
        return new CameraView(lat, lon, GroundMeters + heightAboveGround, GroundMeters, yaw, pitch, roll,
            FocalPixels, FocalPixels, 320, 256, 640, 512);
    }

    /// <summary>Pixel of a local point (metres from the origin) in a view, asserted to lie inside the image.</summary>
    public static (double X, double Y) PixelOf(SightingLocator locator, CameraView view, Vector3D local)
    {
        var (lon, lat) = LonLat(local.X, local.Y);
        Assert.True(locator.CreateFrame(view).TryProject(lon, lat, local.Z, out var x, out var y), "point behind the camera");
        Assert.InRange(x, 0, view.WidthPixels);
        Assert.InRange(y, 0, view.HeightPixels);
        return (x, y);
    }
}
