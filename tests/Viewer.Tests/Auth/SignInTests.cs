using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DroneInspect.Viewer.Auth;

namespace DroneInspect.Viewer.Tests.Auth;

[Collection(ViewerHostCollection.Name)]
public sealed class SignInTests(ViewerHostFixture host)
{
    [Theory]
    [InlineData(ViewerRoles.Pilot)]
    [InlineData(ViewerRoles.Engineer)]
    [InlineData(ViewerRoles.Service)]
    [InlineData(ViewerRoles.Admin)]
    public async Task EachRoleSignsInWithTheCookieAndSeesThePage(string role)
    {
        using var client = host.Host.NewClient();

        using var signIn = await ViewerTestHost.SignInAsync(client, ViewerHostFixture.UserFor(role), ViewerHostFixture.Password);

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AuthServiceExtensions.CookieName + "=", StringComparison.Ordinal)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/me")).RootElement;
        Assert.Equal(ViewerHostFixture.UserFor(role), me.GetProperty("userName").GetString());
        Assert.Equal([role], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordIsRejectedAndSetsNoCookie()
    {
        using var client = host.Host.NewClient();

        using var signIn = await ViewerTestHost.SignInAsync(client, ViewerHostFixture.UserFor(ViewerRoles.Service), "not the password at all");

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.DoesNotContain(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith(AuthServiceExtensions.CookieName + "=", StringComparison.Ordinal));
        using var me = await client.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task UnknownUserIsRejectedLikeAWrongPassword()
    {
        using var client = host.Host.NewClient();

        using var signIn = await ViewerTestHost.SignInAsync(client, "nobody-here", ViewerHostFixture.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task SignInWithoutTheAntiforgeryTokenIsRefused()
    {
        using var client = host.Host.NewClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = ViewerHostFixture.UserFor(ViewerRoles.Engineer),
            ["password"] = ViewerHostFixture.Password,
        });

        using var signIn = await client.PostAsync("/auth/sign-in", form);

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("Anti-forgery", await signIn.Content.ReadAsStringAsync());
        using var me = await client.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task AccountLocksAfterRepeatedFailuresEvenForTheRightPassword()
    {
        const string userName = "lockout-victim";
        await host.Host.CreateUserAsync(userName, ViewerHostFixture.Password, ViewerRoles.Engineer);
        using var client = host.Host.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await ViewerTestHost.SignInAsync(client, userName, "wrong password " + i);
            statuses.Add(failed.StatusCode);
        }

        using var right = await ViewerTestHost.SignInAsync(client, userName, ViewerHostFixture.Password);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task CookieCallerNeedsTheAntiforgeryTokenForUnsafeRequests()
    {
        using var client = host.Host.NewClient();
        using var signIn = await ViewerTestHost.SignInAsync(client, ViewerHostFixture.UserFor(ViewerRoles.Pilot), ViewerHostFixture.Password);

        using var forged = await client.PostAsJsonAsync("/api/tokens", new { label = "forged" });
        var (header, token) = await ViewerTestHost.AntiforgeryAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tokens") { Content = JsonContent.Create(new { label = "page" }) };
        request.Headers.Add(header, token);
        using var genuine = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Created, genuine.StatusCode);
    }

    [Fact]
    public async Task SignOutEndsTheCookieSession()
    {
        using var client = host.Host.NewClient();
        using var signIn = await ViewerTestHost.SignInAsync(client, ViewerHostFixture.UserFor(ViewerRoles.Engineer), ViewerHostFixture.Password);
        var (header, token) = await ViewerTestHost.AntiforgeryAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/sign-out");
        request.Headers.Add(header, token);

        using var signOut = await client.SendAsync(request);
        using var me = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task AnonymousBrowserIsSentToTheSignInPageAndApiAnswers401()
    {
        using var client = host.Host.NewClient();

        using var page = await client.GetAsync("/");
        using var script = await client.GetAsync("/app.js");
        using var api = await client.GetAsync("/api/flights");
        using var signInPage = await client.GetAsync("/signin.html");
        using var signInScript = await client.GetAsync("/signin.js");
        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin.html", page.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, script.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);
        Assert.Contains("src=\"/signin.js\"", await signInPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, signInScript.StatusCode);
        Assert.Equal(("ok", HttpStatusCode.OK), (await health.Content.ReadAsStringAsync(), health.StatusCode));
    }

    [Fact]
    public async Task RoleChangeAppliesToALiveCookie()
    {
        const string userName = "promoted";
        await host.Host.CreateUserAsync(userName, ViewerHostFixture.Password);
        using var client = host.Host.NewClient();
        using var signIn = await ViewerTestHost.SignInAsync(client, userName, ViewerHostFixture.Password);
        using var before = await client.GetAsync("/api/flights");

        using var admin = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Admin)));
        using var change = await admin.PutAsJsonAsync($"/api/admin/users/{userName}/roles", new { roles = new[] { ViewerRoles.Engineer } });
        using var after = await client.GetAsync("/api/flights");

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
