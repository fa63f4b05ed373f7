using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Api;

namespace DroneInspect.Viewer.Tests.Api;

public sealed class GeoJsonFeatureTests
{
    private static Finding Thermal(bool absolute, double reference) =>
        new("h1", "thermal", "T-7", "clamp", absolute ? "serious" : "relative-only", null, 21874, reference, 1374,
            LatitudeDegrees: 47.3769, LongitudeDegrees: 8.5417, AltitudeMeters: 18.0, UncertaintyMeters: 2.5,
            SightingCount: 1, Captures: ["DJI_0001"], Absolute: absolute, Label: null);

    [Fact]
    public void RelativeFindingSaysCountsAndNeverCarriesNaN()
    {
        var feature = GeoJsonFeature.FromFinding("f", Thermal(absolute: false, reference: double.NaN));

        var json = JsonSerializer.Serialize(feature, JsonSerializerOptions.Web);

        using var document = JsonDocument.Parse(json);
        var properties = document.RootElement.GetProperty("properties");
        Assert.False(properties.GetProperty("absolute").GetBoolean());
        Assert.Equal("counts", properties.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("referenceTemperatureCelsius").ValueKind);
    }

    [Fact]
    public void AbsoluteFindingSaysCelsius()
    {
        Assert.Equal("celsius", GeoJsonFeature.FromFinding("f", Thermal(absolute: true, reference: 30)).Properties.Unit);
    }

    [Fact]
    public void DlT664RelativeDifferenceIsCarriedAndNaNBecomesNull()
    {
        var graded = Thermal(absolute: true, reference: 30) with { RelativeDifferencePercent = 86.5 };
        var undefined = graded with { RelativeDifferencePercent = double.NaN };

        Assert.Equal(86.5, GeoJsonFeature.FromFinding("f", graded).Properties.RelativeDifferencePercent);
        Assert.Null(GeoJsonFeature.FromFinding("f", undefined).Properties.RelativeDifferencePercent);
    }
}
