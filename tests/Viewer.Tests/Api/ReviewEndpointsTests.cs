using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DroneInspect.Viewer.Auth;

namespace DroneInspect.Viewer.Tests.Api;

/// <summary>Engineers review findings over the API: who and when come from the sign-in, bad requests say what is wrong.</summary>
[Collection(ViewerHostCollection.Name)]
public sealed class ReviewEndpointsTests(ViewerHostFixture host)
{
    private const string Reviews = "/api/flights/" + ViewerHostFixture.KnownFlightId + "/findings/h1/reviews";

    private HttpClient As(string userName) => host.Host.NewClient(host.TokenOf(userName));

    [Fact]
    public async Task EngineerConfirmsAndCommentsAndTheHistorySaysWhoAndWhen()
    {
        using var engineer = As(ViewerHostFixture.UserFor(ViewerRoles.Engineer));
        const string Hostile = "<img src=x onerror=alert(1)> '; DROP TABLE accounts; --";

        using var confirmed = await engineer.PostAsJsonAsync(Reviews, new { action = "confirm" });
        using var commented = await engineer.PostAsJsonAsync(Reviews, new { action = "comment", comment = Hostile });
        var history = JsonDocument.Parse(await engineer.GetStringAsync(Reviews)).RootElement.EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, commented.StatusCode);
        var mine = history.Where(e => e.GetProperty("who").GetString() == ViewerHostFixture.UserFor(ViewerRoles.Engineer)).ToList();
        Assert.Contains(mine, e => e.GetProperty("action").GetString() == "confirm");
        var comment = Assert.Single(mine, e => e.GetProperty("action").GetString() == "comment");
        Assert.Equal(Hostile, comment.GetProperty("comment").GetString()); // stored as given, returned as JSON text
        Assert.InRange(comment.GetProperty("atUtc").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal(history.Select((_, i) => i + 1), history.Select(e => e.GetProperty("sequence").GetInt32()));
    }

    [Theory]
    [InlineData("{\"action\": \"approve\"}", "Unknown review action")]
    [InlineData("{\"action\": \"regrade\", \"standard\": \"DL/T 664-2016\", \"level\": \"urgent\"}", "not a level of DL/T 664-2016")]
    [InlineData("{\"action\": \"reject\"}", "needs a comment")]
    [InlineData("{\"action\": ", "not valid JSON")]
    [InlineData("{}", "needs an \"action\"")]
    public async Task BadReviewsAreRefusedWith400SayingWhy(string body, string reason)
    {
        using var engineer = As(ViewerHostFixture.UserFor(ViewerRoles.Engineer));

        using var response = await engineer.PostAsync(Reviews, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PilotMayReadTheHistoryOfTheirFlightButNotReview()
    {
        using var pilot = As(ViewerHostFixture.PilotOwner);

        using var read = await pilot.GetAsync(Reviews);
        using var write = await pilot.PostAsJsonAsync(Reviews, new { action = "confirm" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task UnknownFindingIsNotFound()
    {
        using var engineer = As(ViewerHostFixture.UserFor(ViewerRoles.Engineer));

        using var response = await engineer.PostAsJsonAsync("/api/flights/" + ViewerHostFixture.KnownFlightId + "/findings/nope/reviews", new { action = "confirm" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
