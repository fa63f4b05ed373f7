using System.Net;
using System.Text.Json;

namespace DroneInspect.Viewer.Tests.Api;

[Collection(ViewerHostCollection.Name)]
public sealed class FlightEndpointsTests(ViewerHostFixture host)
{
    private static async Task<JsonElement> ReadJson(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task FlightListIsJsonWithEachFlightsStatus()
    {
        using var response = await host.Client.GetAsync("/api/flights");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var flight = Assert.Single((await ReadJson(response)).EnumerateArray());
        Assert.Equal(ViewerHostFixture.KnownFlightId, flight.GetProperty("flightId").GetString());
        Assert.Equal("Completed", flight.GetProperty("state").GetString());
        Assert.Equal(11, flight.GetProperty("capturesDone").GetInt32());
    }

    [Fact]
    public async Task KnownFlightReturnsItsStatusWithProblems()
    {
        using var response = await host.Client.GetAsync($"/api/flights/{ViewerHostFixture.KnownFlightId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = await ReadJson(response);
        Assert.Equal("bad.jpg: truncated", status.GetProperty("problems")[0].GetString());
    }

    [Theory]
    [InlineData("/api/flights/no-such-flight")]
    [InlineData("/api/flights/no-such-flight/findings")]
    [InlineData("/api/findings.geojson?flight=no-such-flight")]
    public async Task UnknownFlightIsNotFoundAsProblemJson(string path)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await ReadJson(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task FindingsListCarriesTheTableColumns()
    {
        using var response = await host.Client.GetAsync($"/api/flights/{ViewerHostFixture.KnownFlightId}/findings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var finding = Assert.Single((await ReadJson(response)).EnumerateArray());
        Assert.Equal("serious", finding.GetProperty("grade").GetString());
        Assert.Equal("DL/T 664-2016", finding.GetProperty("gradeStandard").GetString());
        var grade = Assert.Single(finding.GetProperty("grades").EnumerateArray());
        Assert.Equal(("DL/T 664-2016", "serious"), (grade.GetProperty("standard").GetString(), grade.GetProperty("level").GetString()));
        Assert.Equal("c2.jpg", finding.GetProperty("gradingCapture").GetString());
        Assert.Equal(92.5, finding.GetProperty("maxTemperatureCelsius").GetDouble());
        Assert.Equal(31.0, finding.GetProperty("referenceTemperatureCelsius").GetDouble());
        Assert.Equal(61.5, finding.GetProperty("deltaTKelvin").GetDouble());
        Assert.Equal(3, finding.GetProperty("sightingCount").GetInt32());
    }

    [Fact]
    public async Task GeoJsonIsAFeatureCollectionWithLongitudeFirst()
    {
        using var response = await host.Client.GetAsync($"/api/findings.geojson?flight={ViewerHostFixture.KnownFlightId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var collection = await ReadJson(response);
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var feature = Assert.Single(collection.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal([8.5417, 47.3769, 18.0], coordinates.EnumerateArray().Select(c => c.GetDouble()));
        var properties = feature.GetProperty("properties");
        Assert.Equal(ViewerHostFixture.KnownFlightId, properties.GetProperty("flightId").GetString());
        // The same shape as the findings list: one writer for both.
        Assert.Equal(("serious", "DL/T 664-2016", 61.5), (properties.GetProperty("grade").GetString(),
            properties.GetProperty("gradeStandard").GetString(), properties.GetProperty("deltaTKelvin").GetDouble()));
    }

    [Fact]
    public async Task GeoJsonWithoutAFlightCoversEveryFlight()
    {
        using var response = await host.Client.GetAsync("/api/findings.geojson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await ReadJson(response)).GetProperty("features").EnumerateArray());
    }
}
