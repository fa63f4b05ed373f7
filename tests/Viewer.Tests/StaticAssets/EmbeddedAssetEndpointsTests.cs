using System.Net;
using DroneInspect.Viewer.StaticAssets;

namespace DroneInspect.Viewer.Tests.StaticAssets;

[Collection(ViewerHostCollection.Name)]
public sealed class EmbeddedAssetEndpointsTests(ViewerHostFixture host)
{
    [Fact]
    public async Task RootServesTheHtmlPage()
    {
        using var response = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>DroneInspect</title>", html);
        Assert.Contains("src=\"/app.js\"", html);
    }

    [Fact]
    public async Task PageExplainsRelativeCountsAndLabelsDeltaByItsUnit()
    {
        var html = await host.Client.GetStringAsync("/index.html");
        var script = await host.Client.GetStringAsync("/app.js");

        Assert.Contains("id=\"relative-note\"", html);
        Assert.Contains("DJI Thermal SDK not configured", html);
        Assert.DoesNotContain("&Delta;T (K)", html);
        // Counts are read from the count fields and labelled counts; Celsius fields only for absolute findings.
        Assert.Contains("readings(finding.maxCounts, finding.referenceCounts, finding.deltaCounts, 0, \" counts\", \" counts\")", script);
        Assert.Contains("readings(finding.maxTemperatureCelsius, finding.referenceTemperatureCelsius, finding.deltaTKelvin, 1, \" °C\", \" K\")", script);
        Assert.Contains("<th>Grade</th><th>Standard</th>", html);
    }

    [Theory]
    [InlineData("/app.js", "text/javascript", "selectFlight")]
    [InlineData("/app.css", "text/css", "#flights")]
    [InlineData("/index.html", "text/html", "<table id=\"findings\"")]
    public async Task AssetsAreServedWithTheirContentType(string path, string mediaType, string expectedText)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownFileIsNotFound()
    {
        using var response = await host.Client.GetAsync("/missing.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>
    /// URLs the vendored libraries carry that nothing fetches: the SVG namespace, comments citing browser bugs, the
    /// project's home page in a header comment and in the attribution prefix (which map.js replaces with plain text).
    /// </summary>
    private static readonly string[] VendoredUrlsNeverFetched =
    [
        "http://www.w3.org/2000/svg", "https://leafletjs.com", "https://bugs.chromium.org/p/chromium/issues/detail?id=600120",
        "https://bugzilla.mozilla.org/show_bug.cgi?id=888319",
    ];

    [Fact]
    public void PageUsesNoExternalUrls()
    {
        var assets = EmbeddedAssetEndpoints.Load(typeof(ViewerHost).Assembly);

        Assert.Contains("index.html", assets.Keys);
        Assert.Contains("vendor/leaflet/leaflet.js", assets.Keys);

        // Swagger UI carries URLs in strings and licences (specifications, a validator that api-reference.js turns
        // off); what a page may load is bounded by the CSP (connect-src, img-src 'self'). The map's libraries are
        // checked against the few URLs they name.
        foreach (var (path, asset) in assets.Where(a => !a.Key.EndsWith(".png", StringComparison.Ordinal) && !a.Key.StartsWith("vendor/swagger-ui/", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(asset.Content);
            if (path.StartsWith("vendor/", StringComparison.Ordinal))
            {
                if (path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal))
                {
                    var urls = System.Text.RegularExpressions.Regex.Matches(text, "https?://[^\"'\\s)<>]*").Select(m => m.Value);
                    Assert.All(urls, url => Assert.Contains(url, VendoredUrlsNeverFetched));
                }

                continue;
            }

            Assert.DoesNotContain("http://", text);
            Assert.DoesNotContain("https://", text);
        }
    }

    [Theory]
    [InlineData("/map.html", "text/html", "<div id=\"map\"")]
    [InlineData("/map.js", "text/javascript", "markerClusterGroup")]
    [InlineData("/finding-panel.js", "text/javascript", "thermal-readout")]
    [InlineData("/map.css", "text/css", ".finding-marker")]
    [InlineData("/vendor/leaflet/leaflet.js", "text/javascript", "Leaflet 1.9.4")]
    [InlineData("/vendor/leaflet/leaflet.css", "text/css", ".leaflet-container")]
    [InlineData("/vendor/leaflet.markercluster/leaflet.markercluster.js", "text/javascript", "MarkerClusterGroup")]
    [InlineData("/vendor/leaflet.markercluster/MarkerCluster.Default.css", "text/css", ".marker-cluster")]
    [InlineData("/vendor/leaflet/images/layers.png", "image/png", "PNG")]
    [InlineData("/vendor/leaflet/LICENSE", "application/octet-stream", "BSD 2-Clause")]
    public async Task MapPageAndVendoredFilesAreServedToSignedInUsers(string path, string mediaType, string expectedText)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedText, System.Text.Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("/map.html")]
    [InlineData("/map.js")]
    [InlineData("/vendor/leaflet/leaflet.js")]
    [InlineData("/vendor/leaflet/images/marker-icon.png")]
    public async Task MapPageAndVendoredFilesAreRefusedAnonymously(string path)
    {
        using var client = host.Host.NewClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin.html", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task MapPageCarriesTheContractsElementsAndNoInlineScriptOrStyle()
    {
        var html = await host.Client.GetStringAsync("/map.html");
        var index = await host.Client.GetStringAsync("/index.html");

        foreach (var id in new[] { "map", "filter-grade", "filter-review", "filter-kind", "filter-flight", "filter-from", "filter-to",
            "finding-list", "map-status", "finding-panel", "finding-title", "thermal-canvas", "thermal-readout", "thermal-scale",
            "rgb-evidence", "finding-numbers", "finding-sightings", "finding-history", "review-error" })
        {
            Assert.Contains($"id=\"{id}\"", html);
        }

        Assert.Contains("<a id=\"nav-map\" href=\"/map.html\">", index);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<style", html);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(html, "<script src=\"/[^\"]+\"></script>").Count); // Leaflet, clustering, live.js, the panel, the map
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(html, "<script").Count);
        Assert.Contains("<script src=\"/live.js\"></script>", html);
    }
}
