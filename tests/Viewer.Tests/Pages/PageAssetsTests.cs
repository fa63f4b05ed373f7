using System.Net;

namespace DroneInspect.Viewer.Tests.Pages;

/// <summary>The live and upload pages' files are served to signed-in users only, and the viewer page loads the live stream.</summary>
[Collection(ViewerHostCollection.Name)]
public sealed class PageAssetsTests(ViewerHostFixture host)
{
    [Theory]
    [InlineData("/live.js", "text/javascript", "new EventSource(url")]
    [InlineData("/upload.html", "text/html", "<table id=\"upload-table\">")]
    [InlineData("/upload.js", "text/javascript", "/api/uploads")]
    [InlineData("/sha256.js", "text/javascript", "droneInspectSha256")]
    [InlineData("/upload.css", "text/css", "#upload-status")]
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
    [InlineData("/upload.html")]
    [InlineData("/upload.js")]
    public async Task PageFilesAreRefusedToAnonymousCallers(string path)
    {
        using var anonymous = host.Host.NewClient();

        using var response = await anonymous.GetAsync(path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("EventSource", body);
        Assert.DoesNotContain("upload-table", body);
        Assert.DoesNotContain("/api/uploads", body);
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

    /// <summary>The names the browser tests find the upload page's parts by (shared contract).</summary>
    [Fact]
    public async Task UploadPageHasTheContractsElementsAndNoInlineScriptOrStyle()
    {
        var html = await host.Client.GetStringAsync("/upload.html");

        foreach (var part in new[]
        {
            "<input id=\"upload-files\" type=\"file\" multiple>", "<input id=\"upload-folder\" type=\"file\" webkitdirectory multiple>",
            "id=\"upload-flight-id\"", "<button id=\"upload-start\"", "<table id=\"upload-table\">", "id=\"upload-status\"",
            "<a id=\"upload-flight-link\"", "id=\"upload-error\"", "id=\"upload-forbidden\"",
            "<script src=\"/sha256.js\"></script>", "<script src=\"/live.js\"></script>", "<script src=\"/upload.js\"></script>",
        })
        {
            Assert.Contains(part, html);
        }

        Assert.Equal(3, html.Split("<script").Length - 1); // each with a src: no inline script
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html); // no inline event handlers
    }
}
