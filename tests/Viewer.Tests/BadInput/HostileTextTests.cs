using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DroneInspect.Viewer.Auth;

namespace DroneInspect.Viewer.Tests.BadInput;

/// <summary>
/// Script and SQL text where people type: review comments and token labels are kept verbatim and answered as JSON
/// strings with the HTML-significant characters escaped (never markup, served with nosniff); sign-in with SQL in the
/// user name is just a wrong user; afterwards the account store and the review history are whole. (Comments are not
/// written to the CSV: its review columns are state, standard, level, who and when, neutralised by CsvCells.)
/// </summary>
[Collection(ViewerHostCollection.Name)]
public sealed class HostileTextTests(ViewerHostFixture host)
{
    private const string Reviews = "/api/flights/" + ViewerHostFixture.KnownFlightId + "/findings/h1/reviews";

    public static TheoryData<string> HostileTexts() => new()
    {
        "<script>alert(1)</script>",
        "'); DROP TABLE accounts;--",
        "\" OR 1=1; DELETE FROM tokens WHERE \"\"=\"",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "</textarea><img src=x onerror=alert(document.cookie)>",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task CommentIsStoredVerbatimAndAnsweredAsEscapedJson(string text)
    {
        using var engineer = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Engineer)));
        var before = JsonDocument.Parse(await engineer.GetStringAsync(Reviews)).RootElement.GetArrayLength();

        using var posted = await engineer.PostAsJsonAsync(Reviews, new { action = "comment", comment = text });
        using var history = await engineer.GetAsync(Reviews);
        var raw = await history.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("application/json", history.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", history.Headers.GetValues("X-Content-Type-Options").Single());
        foreach (var markup in new[] { "<", ">", "'" })
        {
            Assert.DoesNotContain(markup, raw, StringComparison.Ordinal); // escaped as \u003C, \u003E, \u0027
        }

        var events = JsonDocument.Parse(raw).RootElement.EnumerateArray().ToList();
        Assert.Equal(before + 1, events.Count);
        Assert.Equal(text, events[^1].GetProperty("comment").GetString());
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.GetProperty("sequence").GetInt32()));
        await AssertStoresIntactAsync();
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task TokenLabelIsStoredVerbatimInTheAccountStore(string text)
    {
        using var engineer = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Engineer)));

        using var created = await engineer.PostAsJsonAsync("/api/tokens", new { label = text });
        var tokens = JsonDocument.Parse(await engineer.GetStringAsync("/api/tokens")).RootElement.EnumerateArray();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(tokens, t => t.GetProperty("label").GetString() == text);
        await AssertStoresIntactAsync();
    }

    [Theory]
    [InlineData("admin'--")]
    [InlineData("' OR '1'='1")]
    [InlineData("x'); DROP TABLE accounts;--")]
    public async Task SqlInTheUserNameIsAWrongUserAndNothingElse(string userName)
    {
        using var browser = host.Host.NewClient();

        using var response = await ViewerTestHost.SignInAsync(browser, userName, "' OR '1'='1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertStoresIntactAsync();
    }

    /// <summary>Every fixture user is still there and signs in; the finding's history still reads in order.</summary>
    private async Task AssertStoresIntactAsync()
    {
        using var admin = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Admin)));
        var users = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/users")).RootElement.EnumerateArray()
            .Select(u => u.GetProperty("userName").GetString()).ToList();
        var fixtureUsers = ViewerRoles.All.Select(ViewerHostFixture.UserFor).Append(ViewerHostFixture.OtherPilot).Append(ViewerHostFixture.NoRoleUser);
        Assert.All(fixtureUsers, user => Assert.Contains(user, users));

        using var browser = host.Host.NewClient();
        using var signedIn = await ViewerTestHost.SignInAsync(browser, ViewerHostFixture.PilotOwner, ViewerHostFixture.Password);
        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);

        var history = JsonDocument.Parse(await admin.GetStringAsync(Reviews)).RootElement.EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, history.Count), history.Select(e => e.GetProperty("sequence").GetInt32()));
    }
}
