using DroneInspect.Geo.Assets;

namespace DroneInspect.Geo.Tests.Assets;

public sealed class AssetNetworkTests
{
    private const string PoleProps = "\"id\":\"P1\",\"kind\":\"pole\",\"heightMeters\":12.5,\"type\":\"wood\",\"groundElevationMeters\":401.2";

    [Fact]
    public void ValidFileLoadsEveryKindWithAttributes()
    {
        using var file = GeoJsonFile.Collection(
            GeoJsonFile.Point(8.55, 47.37, PoleProps),
            GeoJsonFile.Point(8.551, 47.37, "\"id\":\"T1\",\"kind\":\"tower\",\"heightMeters\":30,\"type\":\"lattice\",\"groundElevationMeters\":402"),
            GeoJsonFile.Point(8.55, 47.37, "\"id\":\"X1\",\"kind\":\"transformer\",\"mountedOn\":\"P1\",\"mountHeightMeters\":8,\"ratingKva\":50,\"feeder\":\"F7\",\"voltageKv\":11"),
            GeoJsonFile.Point(8.552, 47.37, "\"id\":\"S1\",\"kind\":\"switchgear\",\"groundElevationMeters\":400"),
            GeoJsonFile.Point(8.553, 47.37, "\"id\":\"M1\",\"kind\":\"meter\",\"groundElevationMeters\":399"),
            GeoJsonFile.Line([(8.55, 47.37), (8.551, 47.37)], "\"id\":\"L1\",\"kind\":\"line\",\"voltageKv\":11,\"feeder\":\"F7\",\"supports\":[\"P1\",\"T1\"],\"phases\":3,\"phaseSpacingMeters\":0.9,\"attachmentHeightMeters\":11.5,\"sagMeters\":1.2"));

        var network = AssetNetwork.LoadGeoJson(file.Path);

        Assert.Empty(network.Problems);
        Assert.Equal(
            [AssetKind.Pole, AssetKind.Tower, AssetKind.Transformer, AssetKind.Switchgear, AssetKind.Meter, AssetKind.Line],
            network.Assets.Select(a => a.Kind));
        var pole = network.FindById("P1")!;
        Assert.Equal(12.5, pole.HeightMeters);
        Assert.Equal(401.2, pole.GroundElevationMeters);
        Assert.Equal("wood", pole.Attributes["type"]);
        Assert.Equal(8.55, pole.Geometry.Coordinate.X);
        var transformer = network.FindById("X1")!;
        Assert.Equal(8, transformer.HeightMeters);
        Assert.Equal(11, transformer.VoltageKilovolts);
        Assert.Equal("F7", transformer.Feeder);
        Assert.Equal("50", transformer.Attributes["ratingKva"]);
        Assert.Equal("P1", transformer.MountedOn());
        Assert.Equal(401.2, transformer.GroundElevationMeters);
        var line = network.FindById("L1")!;
        Assert.Equal(["P1", "T1"], line.Supports());
        Assert.Equal(11.5, line.HeightMeters);
        Assert.Equal(1.2, line.NumberAttribute("sagMeters"));
        Assert.Equal("LineString", line.Geometry.GeometryType);
        Assert.Null(network.FindById("nope"));
        Assert.Equal(32, network.Projection.Zone);
        Assert.True(network.Projection.IsNorthernHemisphere);
    }

    [Fact]
    public void BadFeaturesAreReportedWithTheirIdsWhileTheRestLoads()
    {
        using var file = GeoJsonFile.Collection(
            GeoJsonFile.Point(8.55, 47.37, PoleProps),
            GeoJsonFile.Point(8.55, 47.37, "\"kind\":\"pole\""),
            GeoJsonFile.Point(8.55, 47.37, "\"id\":\"K1\",\"kind\":\"windmill\""),
            GeoJsonFile.Point(8.55, 47.37, "\"id\":\"L9\",\"kind\":\"line\""),
            """{"type":"Feature","geometry":{"type":"Point","coordinates":["NaN",47.37]},"properties":{"id":"N1","kind":"pole"}}""",
            GeoJsonFile.Point(8.55, 95, "\"id\":\"R1\",\"kind\":\"pole\""),
            GeoJsonFile.Point(200, 47, "\"id\":\"R2\",\"kind\":\"meter\""),
            """{"type":"Feature","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"geometry":{"type":"Point","coordinates":[951800,6002000]},"properties":{"id":"C1","kind":"pole"}}""",
            GeoJsonFile.Line([(8.55, 47.37)], "\"id\":\"L2\",\"kind\":\"line\""),
            GeoJsonFile.Line([(8.55, 47.37), (8.55, 47.37)], "\"id\":\"L3\",\"kind\":\"line\""),
            GeoJsonFile.Point(8.55, 47.37, "\"id\":\"H1\",\"kind\":\"pole\",\"heightMeters\":\"tall\""),
            GeoJsonFile.Point(8.56, 47.37, "\"id\":\"P1\",\"kind\":\"pole\""),
            GeoJsonFile.Point(8.551, 47.371, "\"id\":\"P2\",\"kind\":\"pole\",\"heightMeters\":\"9.5\""));

        var network = AssetNetwork.LoadGeoJson(file.Path);

        Assert.Equal(["P1", "P2"], network.Assets.Select(a => a.Id));
        Assert.Equal(9.5, network.FindById("P2")!.HeightMeters);
        Assert.Equal(8.55, network.FindById("P1")!.Geometry.Coordinate.X);
        var problems = network.Problems.ToDictionary(p => p.FeatureId ?? "(none)", p => p.Reason);
        Assert.Equal(11, network.Problems.Count);
        Assert.Contains("missing id", problems["(none)"]);
        Assert.Contains("unknown kind 'windmill'", problems["K1"]);
        Assert.Contains("LineString", problems["L9"]);
        Assert.Contains("not a finite number", problems["N1"]);
        Assert.Contains("outside WGS84", problems["R1"]);
        Assert.Contains("outside WGS84", problems["R2"]);
        Assert.Contains("EPSG:3857", problems["C1"]);
        Assert.Contains("fewer than 2", problems["L2"]);
        Assert.Contains("invalid LineString", problems["L3"]);
        Assert.Contains("heightMeters", problems["H1"]);
        Assert.Contains("duplicate", problems["P1"]);
    }

    [Fact]
    public void CollectionCrsThatIsNotWgs84RejectsEveryFeature()
    {
        using var file = new GeoJsonFile(
            """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2056"}},"features":["""
            + GeoJsonFile.Point(8.55, 47.37, PoleProps) + "]}");

        var network = AssetNetwork.LoadGeoJson(file.Path);

        Assert.Empty(network.Assets);
        var problem = Assert.Single(network.Problems);
        Assert.Equal("P1", problem.FeatureId);
        Assert.Contains("not WGS84", problem.Reason);
    }

    [Fact]
    public void Crs84CollectionLoads()
    {
        using var file = new GeoJsonFile(
            """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":["""
            + GeoJsonFile.Point(8.55, 47.37, PoleProps) + "]}");

        Assert.Single(AssetNetwork.LoadGeoJson(file.Path).Assets);
    }

    [Fact]
    public void FileThatIsNotAFeatureCollectionThrows()
    {
        using var notJson = new GeoJsonFile("{ this is not json");
        using var notCollection = new GeoJsonFile("""{"type":"Feature"}""");

        Assert.Throws<InvalidDataException>(() => AssetNetwork.LoadGeoJson(notJson.Path));
        Assert.Throws<InvalidDataException>(() => AssetNetwork.LoadGeoJson(notCollection.Path));
    }

    [Fact]
    public void FeatureIdIsTakenFromTheFeatureWhenPropertiesLackIt()
    {
        using var file = GeoJsonFile.Collection(
            """{"type":"Feature","id":"P7","geometry":{"type":"Point","coordinates":[8.55,47.37]},"properties":{"kind":"pole"}}""",
            GeoJsonFile.Point(8.55, 47.37, "\"id\":42,\"kind\":\"meter\""));

        var network = AssetNetwork.LoadGeoJson(file.Path);

        Assert.Equal(["P7", "42"], network.Assets.Select(a => a.Id));
    }
}
