using System.Net;

namespace DroneInspect.Viewer.Tests.Pages;

/// <summary>The live and upload pages' files are served to signed-in users only, and the viewer page loads the live stream.</summary>
[Collection(ViewerHostCollection.Name)]
public sealed class PageAssetsTests(ViewerHostFixture host)
{
    [Theory]
    [InlineData("/live.js", "text/javascript", "new EventSource(url")]
    public async Task PageFilesAreServedToSignedInUsers(string path, string mediaType, string expectedText)
    {
        using var pilot = host.Host.NewClient(host.TokenOf(ViewerHostFixture.PilotOwner));

        using var response = await pilot.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/live.js")]
    public async Task PageFilesAreRefusedToAnonymousCallers(string path)
    {
        using var anonymous = host.Host.NewClient();

        using var response = await anonymous.GetAsync(path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("EventSource", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ViewerPageLoadsTheLiveStreamBeforeItsScriptAndLinksTheUploadPage()
    {
        var html = await host.Client.GetStringAsync("/index.html");

        var live = html.IndexOf("<script src=\"/live.js\"></script>", StringComparison.Ordinal);
        Assert.True(live >= 0);
        Assert.True(live < html.IndexOf("<script src=\"/app.js\"></script>", StringComparison.Ordinal));
        Assert.Contains("<a id=\"nav-upload\" href=\"/upload.html\">", html);
    }
}
