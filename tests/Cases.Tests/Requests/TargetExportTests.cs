using System.Text.Json;
using System.Xml.Linq;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Requests;

namespace DroneInspect.Cases.Tests.Requests;

public sealed class TargetExportTests
{
    private static readonly DateTimeOffset Monday = RequestFixtures.Monday;

    /// <summary>Wang reports an outage with his name, phone, address and a remark full of XML specials; P1 has an overdue case.</summary>
    private static TargetList List()
    {
        var reports = new[]
        {
            RequestFixtures.Report("R1", "1001", ReportSymptom.Outage, Monday, remarks: "Wang Xiaoming, +86 138 0000 1111, lives alone",
                address: "5 River Road"),
            RequestFixtures.Report("R2", "1003", ReportSymptom.Other, Monday, text: "hum <loud> & crackle"),
        };
        var requests = new InspectionRequestBuilder(RequestFixtures.Network(), RequestFixtures.Customers).Build(reports).Requests;
        OverdueCase[] cases = [new("C-9", "P1", CaseUrgency.Serious, Monday.AddDays(-3))];
        return TargetListBuilder.Build(requests, cases, RequestFixtures.Network(), Monday);
    }

    [Fact]
    public void GeoJsonParsesBackWithLongitudeFirst()
    {
        using var document = JsonDocument.Parse(TargetGeoJsonWriter.ToText(List()));

        var root = document.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var t1 = root.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("assetId").GetString() == "T1");
        Assert.Equal("Point", t1.GetProperty("geometry").GetProperty("type").GetString());
        var position = t1.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(120.0031, position[0].GetDouble());
        Assert.Equal(30.0016, position[1].GetDouble());
        var properties = t1.GetProperty("properties");
        Assert.Equal("transformer", properties.GetProperty("kind").GetString());
        Assert.Equal("high", properties.GetProperty("priority").GetString());
        Assert.Equal("2025-06-03T08:00:00Z", properties.GetProperty("due").GetString());
        Assert.Equal(["REQ-T1-R1"], properties.GetProperty("requestIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, properties.GetProperty("caseIds").GetArrayLength());
        Assert.Contains("outage reported by 1", properties.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public void GeoJsonDrawsALineWithEveryVertexLongitudeFirst()
    {
        using var document = JsonDocument.Parse(TargetGeoJsonWriter.ToText(List()));

        var l1 = document.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "L1");
        Assert.Equal("LineString", l1.GetProperty("geometry").GetProperty("type").GetString());
        var vertices = l1.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(v => (v[0].GetDouble(), v[1].GetDouble()));
        Assert.Equal([(120.000, 30.000), (120.001, 30.0005), (120.002, 30.001), (120.003, 30.0015)], vertices);
    }

    [Fact]
    public void KmlIsWellFormedKml22WithLongitudeLatitudeZeroCoordinates()
    {
        var text = Export(TargetKmlWriter.Write);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.OrdinalIgnoreCase);
        var document = XDocument.Parse(text);
        XNamespace kml = "http://www.opengis.net/kml/2.2";
        Assert.Equal(kml + "kml", document.Root!.Name);
        var placemarks = document.Descendants(kml + "Placemark").ToList();
        Assert.Equal(List().Targets.Count, placemarks.Count);
        var t1 = placemarks.Single(p => p.Element(kml + "name")!.Value == "T1");
        Assert.Equal("120.0031,30.0016,0", t1.Element(kml + "Point")!.Element(kml + "coordinates")!.Value);
        Assert.Equal("#priority-high", t1.Element(kml + "styleUrl")!.Value);
        Assert.NotNull(document.Descendants(kml + "Style").SingleOrDefault(s => (string?)s.Attribute("id") == "priority-high"));
        var l1 = placemarks.Single(p => p.Element(kml + "name")!.Value == "L1");
        Assert.Equal("120,30,0 120.001,30.0005,0 120.002,30.001,0 120.003,30.0015,0",
            l1.Element(kml + "LineString")!.Element(kml + "coordinates")!.Value);
    }

    [Fact]
    public void KmlEscapesTheReportersWordsAndReadsThemBackUnchanged()
    {
        var text = Export(TargetKmlWriter.Write);

        Assert.Contains("hum &lt;loud&gt; &amp; crackle", text);
        XNamespace kml = "http://www.opengis.net/kml/2.2";
        var t1 = XDocument.Parse(text).Descendants(kml + "Placemark").Single(p => p.Element(kml + "name")!.Value == "T1");
        Assert.Contains("other reported by 1: \"hum <loud> & crackle\"", t1.Element(kml + "description")!.Value);
    }

    [Theory]
    [InlineData("Wang Xiaoming")]
    [InlineData("Chen Factory")]
    [InlineData("138 0000 1111")]
    [InlineData("wang@example.cn")]
    [InlineData("5 River Road")]
    [InlineData("lives alone")]
    [InlineData("1001")]
    public void NoPersonalDataReachesEitherExport(string personal)
    {
        Assert.DoesNotContain(personal, Export(TargetGeoJsonWriter.Write), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(personal, Export(TargetKmlWriter.Write), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OverdueCaseKeepsItsIdInBothExports()
    {
        using var document = JsonDocument.Parse(Export(TargetGeoJsonWriter.Write));
        var p1 = document.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "P1");

        Assert.Equal("C-9", p1.GetProperty("properties").GetProperty("caseIds")[0].GetString());
        Assert.Contains("<value>C-9</value>", Export(TargetKmlWriter.Write), StringComparison.Ordinal);
    }

    private static string Export(Action<TargetList, Stream> write)
    {
        using var buffer = new MemoryStream();
        write(List(), buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
