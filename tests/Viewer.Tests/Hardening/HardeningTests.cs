using System.Net;
using System.Text.RegularExpressions;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Hardening;
using DroneInspect.Viewer.StaticAssets;

namespace DroneInspect.Viewer.Tests.Hardening;

[Collection(ViewerHostCollection.Name)]
public sealed partial class HardeningTests(ViewerHostFixture host)
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task ForeignHostIsABadRequest(string hostHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = hostHeader;

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData(ViewerHostFixture.ConfiguredHostName)]
    public async Task LoopbackAndConfiguredNamesAreAnswered(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = $"{name}:{host.Host.BaseAddress.Port}";

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/signin.html", false)]
    [InlineData("/api/flights", true)]
    [InlineData("/api/flights", false)]
    [InlineData("/healthz", false)]
    public async Task SecurityHeadersAreOnPagesAndApi(string path, bool signedIn)
    {
        using var client = signedIn ? host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Engineer))) : host.Host.NewClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public void PagesHaveNoInlineScriptOrHandlers()
    {
        foreach (var (path, asset) in EmbeddedAssetEndpoints.Load(typeof(ViewerHost).Assembly).Where(a => a.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = System.Text.Encoding.UTF8.GetString(asset.Content);
            Assert.All(ScriptTag().Matches(html), tag => Assert.Matches("src=\"/[a-z0-9][a-z0-9._-]*\\.js\"", tag.Value));
            Assert.False(InlineHandler().IsMatch(html), $"{path} has an inline event handler");
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    public static TheoryData<string, bool> GetPaths() => new()
    {
        { "/", true }, { "/app.js", true }, { "/signin.html", false }, { "/app.css", false }, { "/healthz", false },
        { "/api/flights", true }, { "/api/flights/" + ViewerHostFixture.KnownFlightId + "/findings", true },
        { "/api/findings.geojson", true }, { "/api/me", true }, { "/openapi/v1.json", true }, { "/api/flights/nope", true },
        { "/api/flights", false },
    };

    [Theory]
    [MemberData(nameof(GetPaths))]
    public async Task HeadAnswersLikeGetWithoutABody(string path, bool signedIn)
    {
        using var client = signedIn ? host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Engineer))) : host.Host.NewClient();

        // Headers only: a buffered body would make HttpClient compute a Content-Length the server never sent.
        using var get = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());

        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HeadIsNotAWayAroundSignIn()
    {
        using var client = host.Host.NewClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/admin/users"));
        using var asPilot = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Pilot)));
        using var headAsPilot = await asPilot.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/admin/users"));

        Assert.Equal(HttpStatusCode.Unauthorized, head.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, headAsPilot.StatusCode);
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
