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

    [Fact]
    public void PageUsesNoExternalUrls()
    {
        var assets = EmbeddedAssetEndpoints.Load(typeof(ViewerHost).Assembly);

        Assert.Contains("index.html", assets.Keys);

        // Vendored libraries (vendor/) carry URLs in strings and licences (specifications, a validator that
        // api-reference.js turns off); what a page may load is bounded by the CSP (connect-src, img-src 'self').
        foreach (var asset in assets.Where(a => !a.Key.StartsWith("vendor/", StringComparison.Ordinal)).Select(a => a.Value))
        {
            var text = System.Text.Encoding.UTF8.GetString(asset.Content);
            Assert.DoesNotContain("http://", text);
            Assert.DoesNotContain("https://", text);
        }
    }
}
