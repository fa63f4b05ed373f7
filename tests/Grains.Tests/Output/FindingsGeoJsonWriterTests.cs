using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Output;
using DroneInspect.Grains.Tests.Findings;

namespace DroneInspect.Grains.Tests.Output;

public sealed class FindingsGeoJsonWriterTests
{
    internal static Finding Sample(string id = "F001", string? asset = "T-12") => new(
        id, "thermal", asset, "clamp", "serious", "dlt-serious", 91.25, 40, 51.25, 47.5, 8.25, 512.5, 1.5, 3, ["C1", "C2"], true, null)
    {
        GradeStandard = TestGrades.DlT664,
        Grades = [TestGrades.Thermal(TestGrades.DlT664, "serious"), TestGrades.Thermal(TestGrades.NetaAmbient, "monitor")],
        RelativeDifferencePercent = 63.75,
        GradingCaptureId = "C2",
        ReferenceSource = "surroundings",
        AmbientTemperatureCelsius = 25.5,
        AmbientSource = "file",
        Evidence =
        [
            new FindingEvidence("C2", 12.5, 7.5, 91.25, 40, 51.25, "serious", "clamp", 47.5, 8.25, 512.5, 1.5)
            {
                GradeStandard = TestGrades.DlT664, Grades = [TestGrades.Thermal(TestGrades.DlT664, "serious")],
            },
        ],
    };

    /// <summary>A finding on a counts map (DJI without its SDK): its values are sensor counts.</summary>
    internal static Finding Relative() => Sample() with
    {
        Absolute = false, Grade = "relative-only", GradeStandard = "relative-only", MaxTemperatureCelsius = 21874,
        ReferenceTemperatureCelsius = 20500, DeltaTKelvin = 1374, RelativeDifferencePercent = null, ReferenceSource = "scene-median",
        Grades = [new StandardGrade("relative-only", "relative-only", "relative-only", "counts", -1, 0)],
        Evidence = [new FindingEvidence("C2", 12.5, 7.5, 21874, 20500, 1374, "relative-only", "clamp", 47.5, 8.25, 512.5, 1.5)],
    };

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
            Assert.Equal("dlt-serious", p.GetProperty("ruleId").GetString());
            Assert.Equal(("serious", "DL/T 664-2016"), (p.GetProperty("grade").GetString(), p.GetProperty("gradeStandard").GetString()));
            Assert.Equal(91.25, p.GetProperty("maxTemperatureCelsius").GetDouble());
            Assert.Equal(40, p.GetProperty("referenceTemperatureCelsius").GetDouble());
            Assert.Equal(51.25, p.GetProperty("deltaTKelvin").GetDouble());
            Assert.Equal(JsonValueKind.Null, p.GetProperty("maxCounts").ValueKind);
            Assert.Equal("celsius", p.GetProperty("unit").GetString());
            Assert.Equal(3, p.GetProperty("sightingCount").GetInt32());
            Assert.Equal("C2", p.GetProperty("gradingCapture").GetString());
            Assert.Equal(("surroundings", 25.5), (p.GetProperty("referenceSource").GetString(), p.GetProperty("ambientTemperatureCelsius").GetDouble()));
            Assert.Equal("file", p.GetProperty("ambientSource").GetString());
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

    [Fact]
    public void EveryGradeIsWrittenWithItsStandardAndPlaceOnItsScale()
    {
        using var doc = JsonDocument.Parse(FindingsGeoJsonWriter.ToGeoJson([Sample()]));
        var p = doc.RootElement.GetProperty("features")[0].GetProperty("properties");

        var grades = p.GetProperty("grades").EnumerateArray()
            .Select(g => (g.GetProperty("standard").GetString(), g.GetProperty("level").GetString(), g.GetProperty("rank").GetInt32(), g.GetProperty("levelCount").GetInt32()))
            .ToList();
        Assert.Equal([("DL/T 664-2016", "serious", 2, 4), ("NETA-MTS-100.18-ambient", "monitor", 3, 5)], grades);
        var sighting = Assert.Single(p.GetProperty("sightings").EnumerateArray());
        Assert.Equal(("serious", "DL/T 664-2016"), (sighting.GetProperty("grade").GetString(), sighting.GetProperty("gradeStandard").GetString()));
        Assert.Equal(91.25 - 40, sighting.GetProperty("deltaTKelvin").GetDouble());
    }

    [Fact]
    public void CountsAreNeverUnderACelsiusName()
    {
        using var doc = JsonDocument.Parse(FindingsGeoJsonWriter.ToGeoJson([Relative()]));
        var p = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
        var sighting = p.GetProperty("sightings")[0];

        Assert.Equal("counts", p.GetProperty("unit").GetString());
        foreach (var values in new[] { p, sighting })
        {
            Assert.Equal(JsonValueKind.Null, values.GetProperty("maxTemperatureCelsius").ValueKind);
            Assert.Equal(JsonValueKind.Null, values.GetProperty("referenceTemperatureCelsius").ValueKind);
            Assert.Equal(JsonValueKind.Null, values.GetProperty("deltaTKelvin").ValueKind);
            Assert.Equal(JsonValueKind.Null, values.GetProperty("ambientTemperatureCelsius").ValueKind);
            Assert.Equal(JsonValueKind.Null, values.GetProperty("ambientSource").ValueKind);
            Assert.Equal((21874, 20500, 1374), (values.GetProperty("maxCounts").GetDouble(), values.GetProperty("referenceCounts").GetDouble(), values.GetProperty("deltaCounts").GetDouble()));
        }
    }

    [Fact]
    public void NonFiniteNumbersAreWrittenAsNull()
    {
        var json = FindingsGeoJsonWriter.ToGeoJson([Sample() with { ReferenceTemperatureCelsius = double.NaN, RelativeDifferencePercent = double.PositiveInfinity }]);

        using var doc = JsonDocument.Parse(json);
        var p = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(JsonValueKind.Null, p.GetProperty("referenceTemperatureCelsius").ValueKind);
        Assert.Equal(JsonValueKind.Null, p.GetProperty("relativeDifferencePercent").ValueKind);
    }
}
