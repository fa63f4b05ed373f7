using System.Net;
using System.Text.RegularExpressions;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Hardening;
using DroneInspect.Viewer.StaticAssets;

namespace DroneInspect.Viewer.Tests.StaticAssets;

/// <summary>
/// The browsable API reference: /api-reference.html with its own script, swagger-ui vendored under
/// /vendor/swagger-ui/ (embedded, never from a CDN), reading /openapi/v1.json; for signed-in users only.
/// </summary>
[Collection(ViewerHostCollection.Name)]
public sealed partial class ApiReferencePageTests(ViewerHostFixture host)
{
    public static TheoryData<string, string> Files() => new()
    {
        { "/api-reference.html", "text/html" },
        { "/api-reference.js", "text/javascript" },
        { "/api-reference.css", "text/css" },
        { "/vendor/swagger-ui/swagger-ui-bundle.js", "text/javascript" },
        { "/vendor/swagger-ui/swagger-ui.css", "text/css" },
        { "/vendor/swagger-ui/LICENSE", "application/octet-stream" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task SignedInUsersGetThePageAndVendorFilesWithTheirContentType(string path, string mediaType)
    {
        // A pilot, the least privileged role, reads the reference too: it documents what every role may call.
        using var client = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Pilot)));

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task AnonymousCallersAreSentToSignInInstead(string path, string mediaType)
    {
        _ = mediaType;
        using var client = host.Host.NewClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin.html", response.Headers.Location?.AbsolutePath);
        Assert.DoesNotContain("SwaggerUIBundle", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PageLoadsSwaggerUiFromThisServerAndStartsItWithItsOwnScript()
    {
        using var client = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Engineer)));
        var html = await client.GetStringAsync("/api-reference.html");
        var script = await client.GetStringAsync("/api-reference.js");

        Assert.Equal(
            ["/vendor/swagger-ui/swagger-ui-bundle.js", "/api-reference.js"],
            ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList());
        Assert.Contains("href=\"/vendor/swagger-ui/swagger-ui.css\"", html);
        Assert.Contains("id=\"swagger-ui\"", html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"/openapi/v1.json\"", script);
        Assert.Contains("dom_id: \"#swagger-ui\"", script);
        // The default online validator would send the document to validator.swagger.io: it is off.
        Assert.Contains("validatorUrl: null", script);
    }

    [Fact]
    public void VendoredBundleIsTheNpmReleaseWithItsLicence()
    {
        var assets = EmbeddedAssetEndpoints.Load(typeof(ViewerHost).Assembly);
        var bundle = System.Text.Encoding.UTF8.GetString(assets["vendor/swagger-ui/swagger-ui-bundle.js"].Content);
        var licence = System.Text.Encoding.UTF8.GetString(assets["vendor/swagger-ui/LICENSE"].Content);

        Assert.Contains("SwaggerUIBundle", bundle);
        Assert.Contains("Apache License", licence);
        Assert.Contains("vendor/swagger-ui/NOTICE", assets.Keys);
        Assert.Contains("vendor/swagger-ui/swagger-ui-bundle.js.LICENSE.txt", assets.Keys);
        Assert.Contains("swagger-ui-dist 5.35.0", System.Text.Encoding.UTF8.GetString(assets["vendor/swagger-ui/SOURCE.txt"].Content));
    }

    [Fact]
    public async Task ViewerHeaderLinksToTheReference()
    {
        var html = await host.Client.GetStringAsync("/index.html");

        Assert.Contains("<a id=\"nav-api\" href=\"/api-reference.html\">", html);
    }

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
