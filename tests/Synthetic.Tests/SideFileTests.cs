using System.Text.Json;

namespace DroneInspect.Synthetic.Tests;

[Collection(SampleFlightCollection.Name)]
public sealed class SideFileTests(SampleFlightFixture flight)
{
    private List<JsonElement> Features(string kind)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(flight.Summary.AssetsPath));
        return doc.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == kind).Select(f => f.Clone()).ToList();
    }

    [Fact]
    public void AssetsListEightPolesTwoTowersTheTransformerAndBothLines()
    {
        var poles = Features("pole");
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"P-F3-{i:00}"), poles.Select(p => p.GetProperty("properties").GetProperty("id").GetString()));
        Assert.All(poles, p => Assert.InRange(p.GetProperty("properties").GetProperty("heightMeters").GetDouble(), 10, 12));
        Assert.Equal(2, Features("tower").Count);
        var transformer = Assert.Single(Features("transformer")).GetProperty("properties");
        Assert.Equal("P-F3-05", transformer.GetProperty("mountedOn").GetString());
        var lines = Features("line").ToDictionary(l => l.GetProperty("properties").GetProperty("id").GetString()!);
        Assert.Equal(10, lines["F3"].GetProperty("properties").GetProperty("voltageKv").GetDouble());
        Assert.Equal(110, lines["L110-A"].GetProperty("properties").GetProperty("voltageKv").GetDouble());
        Assert.Equal(8, lines["F3"].GetProperty("properties").GetProperty("supports").GetArrayLength());
        Assert.Equal(8, lines["F3"].GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
    }

    [Fact]
    public void FeederSpansAreFiftyToSeventyMetresAndCoordinatesAreLonLat()
    {
        var coordinates = Features("pole").Select(p => p.GetProperty("geometry").GetProperty("coordinates"))
            .Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
        Assert.All(coordinates, c => { Assert.InRange(c.Lon, 8, 9); Assert.InRange(c.Lat, 47, 48); });
        for (int i = 0; i + 1 < coordinates.Count; i++)
        {
            double dLat = (coordinates[i + 1].Lat - coordinates[i].Lat) * 111_200;
            double dLon = (coordinates[i + 1].Lon - coordinates[i].Lon) * 111_320 * Math.Cos(47.4 * Math.PI / 180);
            Assert.InRange(Math.Sqrt(dLat * dLat + dLon * dLon), 50, 70);
        }
    }

    [Fact]
    public void CustomersCoverTheServiceSpecialCases()
    {
        var lines = File.ReadAllLines(flight.Summary.CustomersPath);
        Assert.Equal("account,name,type,phone,email,preferredChannel,language,flags,transformer,meter", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.InRange(rows.Count, 10, 20);
        Assert.All(rows, r => Assert.Equal(10, r.Length));
        Assert.All(rows, r => Assert.Contains(r[5], new[] { "sms", "email", "phone", "visit" }));
        Assert.All(rows, r => Assert.Matches(@"^\+41 44 555 \d\d \d\d$", r[3]));
        Assert.All(rows.Where(r => r[4].Length > 0), r => Assert.Matches(@"@([a-z-]+\.)*example\.(com|ch)$", r[4]));
        Assert.True(rows.Count(r => r[7].Contains("elderly", StringComparison.Ordinal)) >= 2);
        Assert.Single(rows, r => r[7].Contains("medical-equipment", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[2] == "industrial" && r[7].Contains("continuous-supply", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[2] == "critical");
        Assert.Contains(rows, r => r[2] == "commercial");
        Assert.All(rows.Where(r => r[6] == "zh-CN"), r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r[1]));
        Assert.InRange(rows.Count(r => r[6] == "zh-CN"), 3, rows.Count - 3);
        Assert.All(rows, r => Assert.Contains(r[6], new[] { "en", "zh-CN" }));
        Assert.True(rows.Count(r => r[8] == "T-F3-05") > rows.Count / 2);
    }

    [Fact]
    public void GroundTruthStatesGroundAmbientAndIntrinsics()
    {
        Assert.Equal(400, flight.Truth.GroundElevationMeters);
        Assert.Equal(25, flight.Truth.AmbientTemperatureCelsius);
        Assert.Equal(SampleFlightFixture.Seed, flight.Truth.Seed);
        var thermal = flight.Truth.Captures.First(c => c.Kind == "thermal");
        Assert.Equal(13.5 * 640 / 7.68, thermal.FxPixels, 1e-9);
        Assert.All(flight.Truth.Captures, c => Assert.Equal(c.AltitudeMeters - 400, c.RelativeAltitudeMeters, 1e-6));
        Assert.All(flight.Truth.Captures.Where(c => c.GimbalPitchDegrees > -89), c => Assert.InRange(c.GimbalPitchDegrees, -60, -30));
    }
}
