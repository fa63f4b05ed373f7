using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Output;

namespace DroneInspect.Grains.Tests.Output;

public sealed class FindingsGeoJsonWriterTests
{
    internal static Finding Sample(string id = "F001", string? asset = "T-12") => new(
        id, "thermal", asset, "clamp", "serious", "dlt-serious", 91.25, 40, 51.25, 47.5, 8.25, 512.5, 1.5, 3, ["C1", "C2"], true, null);

    [Fact]
    public void FeaturesParseBackWithLongitudeFirstAndAllProperties()
    {
        var folder = Directory.CreateTempSubdirectory("di-geojson-").FullName;
        try
        {
            var path = FindingsGeoJsonWriter.Write(folder, [Sample(), Sample("F002", null)]);

            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
            var features = doc.RootElement.GetProperty("features");
            Assert.Equal(2, features.GetArrayLength());
            var first = features[0];
            Assert.Equal([8.25, 47.5, 512.5], first.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
            var p = first.GetProperty("properties");
            Assert.Equal("F001", p.GetProperty("id").GetString());
            Assert.Equal("T-12", p.GetProperty("assetId").GetString());
            Assert.Equal("dlt-serious", p.GetProperty("rule").GetString());
            Assert.Equal(91.25, p.GetProperty("tmaxCelsius").GetDouble());
            Assert.Equal(40, p.GetProperty("referenceCelsius").GetDouble());
            Assert.Equal(51.25, p.GetProperty("deltaTKelvin").GetDouble());
            Assert.Equal(3, p.GetProperty("sightingCount").GetInt32());
            Assert.Equal(1.5, p.GetProperty("uncertaintyMeters").GetDouble());
            Assert.True(p.GetProperty("absolute").GetBoolean());
            Assert.Equal(["C1", "C2"], p.GetProperty("captures").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal(JsonValueKind.Null, features[1].GetProperty("properties").GetProperty("assetId").ValueKind);
            Assert.Equal([FindingsGeoJsonWriter.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
