using DroneInspect.Geo.Assets;
using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Tests.Assets;

public sealed class AssetFormatsTests : IDisposable
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private readonly string _folder = Directory.CreateTempSubdirectory("geo-formats-").FullName;

    [Fact]
    public void GeoJsonGeoPackageAndShapefilesLoadToTheSameNetwork()
    {
        var features = GoodFeatures();
        var (geoJson, geoPackage, shapefiles) = WriteAll(features);

        var fromJson = AssetNetwork.Load(geoJson);
        var fromPackage = AssetNetwork.Load(geoPackage);
        var fromShapefiles = AssetNetwork.Load(shapefiles);

        Assert.Empty(fromJson.Problems);
        Assert.Empty(fromPackage.Problems);
        Assert.Empty(fromShapefiles.Problems);
        Assert.Equal(features.Count, fromJson.Assets.Count);
        AssertSameNetwork(fromJson, fromPackage);
        AssertSameNetwork(fromJson, fromShapefiles);
        Assert.Equal(["P1", "T1"], fromShapefiles.FindById("L1")!.Supports());
        Assert.Equal(401.2, fromPackage.FindById("X1")!.GroundElevationMeters);
    }

    [Fact]
    public void BadFeaturesAreReportedWithTheirIdsInEveryFormat()
    {
        List<TestFeature> features =
        [
            .. GoodFeatures(),
            Pole(null, 8.56, 47.37),
            Feature(Point(8.56, 47.371), ("id", "K1"), ("kind", "windmill")),
            Feature(Point(8.56, 47.372), ("id", "L9"), ("kind", "line")),
            Feature(Point(200, 47.0), ("id", "R2"), ("kind", "meter")),
            Feature(Line((8.57, 47.37), (8.571, 47.37)), ("id", "X9"), ("kind", "transformer")),
        ];
        var (geoJson, geoPackage, shapefiles) = WriteAll(features);

        foreach (var network in new[] { AssetNetwork.Load(geoJson), AssetNetwork.Load(geoPackage), AssetNetwork.Load(shapefiles) })
        {
            Assert.True(GoodFeatures().Count == network.Assets.Count, string.Join(", ", network.Assets.Select(a => a.Id)));
            Assert.Equal([null, "K1", "L9", "R2", "X9"], network.Problems.Select(p => p.FeatureId).Order());
            Assert.Contains(network.Problems, p => p.FeatureId == "K1" && p.Reason.Contains("windmill", StringComparison.Ordinal));
            Assert.Contains(network.Problems, p => p.FeatureId == "R2" && p.Reason.Contains("outside WGS84", StringComparison.Ordinal));
            Assert.Contains(network.Problems, p => p.FeatureId is null && p.Reason.Contains("missing id", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void OtherCrsMakesEveryFeatureOfThatTableOrFileAProblem()
    {
        var package = Path.Combine(_folder, "mercator.gpkg");
        AssetFormatWriter.WriteGeoPackage(package, GoodFeatures(), srsId: 3857);
        var shapes = Directory.CreateDirectory(Path.Combine(_folder, "mercator")).FullName;
        AssetFormatWriter.WriteShapefiles(shapes, GoodFeatures(), AssetFormatWriter.WebMercatorPrj);
        var noPrj = Directory.CreateDirectory(Path.Combine(_folder, "noprj")).FullName;
        AssetFormatWriter.WriteShapefiles(noPrj, GoodFeatures(), prj: null);

        foreach (var network in new[] { AssetNetwork.Load(package), AssetNetwork.Load(shapes), AssetNetwork.Load(noPrj) })
        {
            Assert.Empty(network.Assets);
            Assert.Equal(GoodFeatures().Select(f => (string)f.Properties["id"]).Order(), network.Problems.Select(p => p.FeatureId).Order());
            Assert.All(network.Problems, p => Assert.Contains("crs", p.Reason, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void GeoPackageRowWithAnUnreadableGeometryIsAProblemWithItsId()
    {
        var package = Path.Combine(_folder, "assets.gpkg");
        AssetFormatWriter.WriteGeoPackage(package, GoodFeatures());
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={package};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO points (geom, id, kind) VALUES (X'4750000100000000DEADBEEF', 'G1', 'pole'), (X'0102', 'G2', 'pole')";
            insert.ExecuteNonQuery();
        }

        var network = AssetNetwork.Load(package);

        Assert.Equal(GoodFeatures().Count, network.Assets.Count);
        Assert.Equal(["G1", "G2"], network.Problems.Select(p => p.FeatureId).Order());
        Assert.All(network.Problems, p => Assert.Contains("geometry", p.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralFilesLoadAsOneNetworkAndRepeatedIdsAreProblems()
    {
        var (geoJson, geoPackage, _) = WriteAll(GoodFeatures());

        var network = AssetNetwork.Load([geoJson, geoPackage]);

        Assert.Equal(GoodFeatures().Count, network.Assets.Count);
        Assert.Equal(GoodFeatures().Count, network.Problems.Count(p => p.Reason.Contains("duplicate id", StringComparison.Ordinal)));
    }

    [Fact]
    public void UnknownExtensionAndMissingPathThrowClearErrors()
    {
        var text = Path.Combine(_folder, "assets.txt");
        File.WriteAllText(text, "id,kind");

        Assert.Throws<InvalidDataException>(() => AssetNetwork.Load(text));
        Assert.Throws<FileNotFoundException>(() => AssetNetwork.Load(Path.Combine(_folder, "nope.gpkg")));
        var notPackage = Path.Combine(_folder, "broken.gpkg");
        File.WriteAllText(notPackage, "not sqlite at all, just text padding the header out to a page............");
        Assert.Throws<InvalidDataException>(() => AssetNetwork.Load(notPackage));
        var notShapefile = Path.Combine(_folder, "broken.shp");
        File.WriteAllText(notShapefile, "not a shapefile");
        File.WriteAllText(Path.ChangeExtension(notShapefile, ".prj"), AssetFormatWriter.Wgs84Prj);
        Assert.Throws<InvalidDataException>(() => AssetNetwork.Load(notShapefile));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<TestFeature> GoodFeatures() =>
    [
        Pole("P1", 8.55, 47.37),
        Feature(Point(8.551, 47.37), ("id", "T1"), ("kind", "tower"), ("heightMeters", 30.0), ("type", "lattice"), ("groundElevationMeters", 402.0)),
        Feature(Point(8.55, 47.37), ("id", "X1"), ("kind", "transformer"), ("mountedOn", "P1"), ("mountHeightMeters", 8.0), ("ratingKva", 50.0), ("feeder", "F7"), ("voltageKv", 11.0)),
        Feature(Point(8.553, 47.3702), ("id", "M1"), ("kind", "meter"), ("groundElevationMeters", 399.5)),
        Feature(Line((8.55, 47.37), (8.551, 47.37)), ("id", "L1"), ("kind", "line"), ("voltageKv", 11.0), ("feeder", "F7"),
            ("supports", new[] { "P1", "T1" }), ("phases", 3.0), ("phaseSpacingMeters", 0.9), ("attachmentHeightMeters", 11.5), ("sagMeters", 1.2)),
    ];

    private (string GeoJson, string GeoPackage, string ShapefileFolder) WriteAll(List<TestFeature> features)
    {
        var geoJson = Path.Combine(_folder, "assets.geojson");
        var geoPackage = Path.Combine(_folder, "assets.gpkg");
        var shapes = Directory.CreateDirectory(Path.Combine(_folder, "shp")).FullName;
        AssetFormatWriter.WriteGeoJson(geoJson, features);
        AssetFormatWriter.WriteGeoPackage(geoPackage, features);
        AssetFormatWriter.WriteShapefiles(shapes, features);
        return (geoJson, geoPackage, shapes);
    }

    private static void AssertSameNetwork(AssetNetwork expected, AssetNetwork actual)
    {
        Assert.Equal(expected.Assets.Select(a => a.Id).Order(), actual.Assets.Select(a => a.Id).Order());
        foreach (var e in expected.Assets)
        {
            var a = actual.FindById(e.Id)!;
            Assert.Equal((e.Kind, e.HeightMeters, e.GroundElevationMeters, e.VoltageKilovolts, e.Feeder),
                (a.Kind, a.HeightMeters, a.GroundElevationMeters, a.VoltageKilovolts, a.Feeder));
            Assert.True(e.Geometry.EqualsExact(a.Geometry), $"{e.Id}: {e.Geometry} vs {a.Geometry}");
            Assert.Equal(e.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal), a.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    private static TestFeature Pole(string? id, double lon, double lat)
    {
        var properties = new List<(string, object)> { ("kind", "pole"), ("heightMeters", 12.5), ("type", "wood"), ("groundElevationMeters", 401.2) };
        if (id is not null)
        {
            properties.Insert(0, ("id", id));
        }

        return Feature(Point(lon, lat), [.. properties]);
    }

    private static TestFeature Feature(Geometry geometry, params (string Name, object Value)[] properties) =>
        new(geometry, properties.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    private static Point Point(double lon, double lat) => Factory.CreatePoint(new Coordinate(lon, lat));

    private static LineString Line(params (double Lon, double Lat)[] positions) =>
        Factory.CreateLineString(positions.Select(p => new Coordinate(p.Lon, p.Lat)).ToArray());
}
