using System.Text.Json;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Viewer.Tests.Api;

/// <summary>The finding JSON the API serves (<see cref="FindingJson"/>): counts never under a Celsius name, no NaN.</summary>
public sealed class FindingJsonTests
{
    private static Finding Thermal(bool absolute, double reference) =>
        new("h1", "thermal", "T-7", "clamp", absolute ? "serious" : "relative-only", null, 21874, reference, 1374,
            LatitudeDegrees: 47.3769, LongitudeDegrees: 8.5417, AltitudeMeters: 18.0, UncertaintyMeters: 2.5,
            SightingCount: 1, Captures: ["DJI_0001"], Absolute: absolute, Label: null);

    private static JsonElement Single(Finding finding)
    {
        using var document = JsonDocument.Parse(FindingJson.ToJsonArray([finding]));
        return document.RootElement[0].Clone();
    }

    [Fact]
    public void RelativeFindingSaysCountsUnderCountNamesAndNeverCarriesNaN()
    {
        var finding = Single(Thermal(absolute: false, reference: double.NaN));

        Assert.False(finding.GetProperty("absolute").GetBoolean());
        Assert.Equal("counts", finding.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("maxTemperatureCelsius").ValueKind);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("deltaTKelvin").ValueKind);
        Assert.Equal(21874, finding.GetProperty("maxCounts").GetDouble());
        Assert.Equal(1374, finding.GetProperty("deltaCounts").GetDouble());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("referenceCounts").ValueKind);
    }

    [Fact]
    public void AbsoluteFindingSaysCelsiusUnderCelsiusNames()
    {
        var finding = Single(Thermal(absolute: true, reference: 30));

        Assert.Equal("celsius", finding.GetProperty("unit").GetString());
        Assert.Equal(30, finding.GetProperty("referenceTemperatureCelsius").GetDouble());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("referenceCounts").ValueKind);
    }

    [Fact]
    public void DlT664RelativeDifferenceIsCarriedAndNaNBecomesNull()
    {
        var graded = Thermal(absolute: true, reference: 30) with { RelativeDifferencePercent = 86.5 };
        var undefined = graded with { RelativeDifferencePercent = double.NaN };

        Assert.Equal(86.5, Single(graded).GetProperty("relativeDifferencePercent").GetDouble());
        Assert.Equal(JsonValueKind.Null, Single(undefined).GetProperty("relativeDifferencePercent").ValueKind);
    }
}
