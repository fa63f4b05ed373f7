using System.Net;
using System.Text.Json;
using DroneInspect.Viewer.Auth;

namespace DroneInspect.Viewer.Tests.Api;

/// <summary>The known flight belongs to pilot1: pilot2 sees nothing of it, as if it did not exist.</summary>
[Collection(ViewerHostCollection.Name)]
public sealed class FlightAccessTests(ViewerHostFixture host)
{
    private HttpClient As(string userName) => host.Host.NewClient(host.TokenOf(userName));

    [Fact]
    public async Task PilotSeesTheirOwnFlight()
    {
        using var pilot = As(ViewerHostFixture.PilotOwner);

        var flights = JsonDocument.Parse(await pilot.GetStringAsync("/api/flights")).RootElement;
        using var findings = await pilot.GetAsync($"/api/flights/{ViewerHostFixture.KnownFlightId}/findings");

        Assert.Equal(ViewerHostFixture.KnownFlightId, Assert.Single(flights.EnumerateArray()).GetProperty("flightId").GetString());
        Assert.Equal(HttpStatusCode.OK, findings.StatusCode);
    }

    [Theory]
    [InlineData("/api/flights/" + ViewerHostFixture.KnownFlightId)]
    [InlineData("/api/flights/" + ViewerHostFixture.KnownFlightId + "/findings")]
    [InlineData("/api/findings.geojson?flight=" + ViewerHostFixture.KnownFlightId)]
    public async Task AnotherPilotsFlightIsNotFound(string path)
    {
        using var pilot = As(ViewerHostFixture.OtherPilot);

        using var response = await pilot.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PilotListsOnlyTheirFlights()
    {
        using var pilot = As(ViewerHostFixture.OtherPilot);

        var flights = JsonDocument.Parse(await pilot.GetStringAsync("/api/flights")).RootElement;
        var geoJson = JsonDocument.Parse(await pilot.GetStringAsync("/api/findings.geojson")).RootElement;

        Assert.Empty(flights.EnumerateArray());
        Assert.Empty(geoJson.GetProperty("features").EnumerateArray());
    }

    [Theory]
    [InlineData(ViewerRoles.Engineer)]
    [InlineData(ViewerRoles.Service)]
    [InlineData(ViewerRoles.Admin)]
    public async Task OtherRolesSeeEveryFlight(string role)
    {
        using var client = As(ViewerHostFixture.UserFor(role));

        var flights = JsonDocument.Parse(await client.GetStringAsync("/api/flights")).RootElement;

        Assert.Single(flights.EnumerateArray());
    }
}
