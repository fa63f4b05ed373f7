using System.Net;
using System.Text.Json;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Findings;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Findings;

[Collection(MapHostCollection.Name)]
public sealed class FindingsEndpointsTests(MapHostFixture host)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static IReadOnlyList<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task EngineerSeesEveryFlightsFindingsHottestFirstWithPaging()
    {
        using var client = host.ClientAs(ViewerRoles.Engineer);
        using var response = await client.GetAsync("/api/findings?pageSize=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var page = await Json(response);
        Assert.Equal((3, 1, 2), (page.GetProperty("total").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
        Assert.Equal(["x1", "o1"], Ids(page));
        Assert.Equal(MapHostFixture.OtherFlight, page.GetProperty("items")[0].GetProperty("flightId").GetString());
    }

    [Fact]
    public async Task PilotSeesOnlyOwnFlightsAndAnotherPilotNone()
    {
        using var owner = host.ClientAs(MapHostFixture.Pilot);
        using var other = host.ClientAs(MapHostFixture.OtherPilot);

        Assert.Equal(["o1", "o2"], Ids(await Json(await owner.GetAsync("/api/findings"))));
        Assert.Empty(Ids(await Json(await owner.GetAsync($"/api/findings?flight={MapHostFixture.OtherFlight}"))));
        Assert.Equal(0, (await Json(await other.GetAsync("/api/findings"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task FiltersReachTheIndex()
    {
        using var client = host.ClientAs(ViewerRoles.Service);

        Assert.Equal(["o1", "o2"], Ids(await Json(await client.GetAsync("/api/findings?bbox=8.5,47.3,8.6,47.4"))));
        Assert.Equal(["x1", "o2"], Ids(await Json(await client.GetAsync("/api/findings?grade=critical"))));
        Assert.Equal(["o2"], Ids(await Json(await client.GetAsync("/api/findings?kind=visual&flight=owned"))));
        Assert.Equal(3, (await Json(await client.GetAsync("/api/findings?review=unreviewed"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SummaryViewKeepsWhatAMarkerShowsAndLeavesOutTheDetail()
    {
        using var client = host.ClientAs(ViewerRoles.Engineer);

        var full = (await Json(await client.GetAsync("/api/findings"))).GetProperty("items")[0];
        var summary = (await Json(await client.GetAsync("/api/findings?view=summary"))).GetProperty("items")[0];

        Assert.Equal(full.GetProperty("id").GetString(), summary.GetProperty("id").GetString());
        foreach (var kept in new[] { "flightId", "grade", "gradeStandard", "latitudeDegrees", "longitudeDegrees", "absolute", "maxTemperatureCelsius" })
        {
            Assert.Equal(full.GetProperty(kept).GetRawText(), summary.GetProperty(kept).GetRawText());
        }

        // The review as a marker shows it: its state and how many events it has.
        var review = summary.GetProperty("review");
        Assert.Equal(full.GetProperty("review").GetProperty("state").GetString(), review.GetProperty("state").GetString());
        Assert.Equal(full.GetProperty("review").GetProperty("eventCount").GetInt32(), review.GetProperty("eventCount").GetInt32());
        Assert.Equal(2, review.EnumerateObject().Count());

        // Keys whose value is null are left out of a summary.
        Assert.Equal(JsonValueKind.Null, full.GetProperty("label").ValueKind);
        Assert.False(summary.TryGetProperty("label", out _));
        Assert.True(full.TryGetProperty("sightings", out _));
        Assert.All(FindingIndex.SummaryLeavesOut, left => Assert.False(summary.TryGetProperty(left, out _), $"summary has '{left}'"));
    }

    [Theory]
    [InlineData("view=brief", "view")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("review=maybe", "review")]
    [InlineData("from=2026-12-05&to=2026-12-01", "to")]
    public async Task BadParameterIsA400ProblemNamingIt(string query, string parameter)
    {
        using var client = host.ClientAs(ViewerRoles.Engineer);
        using var response = await client.GetAsync("/api/findings?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task AnonymousIsRefusedAndNoRoleIsForbidden()
    {
        using var anonymous = host.Host.NewClient();
        var token = await host.Host.CreateUserAsync("norole-map", ViewerHostFixture.Password);
        using var noRole = host.Host.NewClient(token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/findings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await noRole.GetAsync("/api/findings")).StatusCode);
    }

    [Fact]
    public void ReviewsAreRecordedThroughTheIndex() =>
        Assert.IsType<IndexRefreshingReviews>(host.Host.Services.GetRequiredService<DroneInspect.Viewer.Flights.IFindingReviews>());
}
