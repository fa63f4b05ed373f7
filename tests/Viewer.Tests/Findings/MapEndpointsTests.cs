using System.Net;
using System.Text.Json;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Hardening;

namespace DroneInspect.Viewer.Tests.Findings;

[Collection(MapHostCollection.Name)]
public sealed class MapEndpointsTests(MapHostFixture host)
{
    [Fact]
    public async Task AssetsAreTheConfiguredNetworkAsGeoJsonWithKindAndVoltage()
    {
        using var client = host.ClientAs(ViewerRoles.Pilot);
        using var response = await client.GetAsync("/api/assets.geojson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var features = collection.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("properties").GetProperty("id").GetString()!);
        Assert.Equal(["L-1", "P-1", "P-2", "TR-1"], features.Keys.Order());
        var line = features["L-1"];
        Assert.Equal("line", line.GetProperty("properties").GetProperty("kind").GetString());
        Assert.Equal(20, line.GetProperty("properties").GetProperty("voltageKv").GetDouble());
        Assert.Equal("LineString", line.GetProperty("geometry").GetProperty("type").GetString());
        // [lon, lat], as the file has it.
        Assert.Equal(8.541, line.GetProperty("geometry").GetProperty("coordinates")[0][0].GetDouble());
        Assert.Equal("pole", features["P-1"].GetProperty("properties").GetProperty("kind").GetString());
        Assert.Equal([8.541, 47.376, 8.545, 47.377], collection.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public async Task MapConfigCarriesTheTileServerAndTheCspAllowsItsOriginOnlyForImages()
    {
        using var client = host.ClientAs(ViewerRoles.Engineer);
        using var response = await client.GetAsync("/api/map-config");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(MapHostFixture.TileUrl, config.GetProperty("tileUrl").GetString());
        Assert.Equal(MapHostFixture.TileAttribution, config.GetProperty("tileAttribution").GetString());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("img-src 'self' data: blob: https://*.tiles.utility.example:8443;", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("connect-src 'self';", csp);
    }

    [Fact]
    public async Task GradingLevelsListEachStandardsScaleLeastSevereFirst()
    {
        using var client = host.ClientAs(ViewerRoles.Pilot);

        var standards = JsonDocument.Parse(await client.GetStringAsync("/api/grading-levels")).RootElement.EnumerateArray()
            .ToDictionary(s => s.GetProperty("standard").GetString()!, s => s.GetProperty("levels").EnumerateArray().Select(l => l.GetString()!).ToList());

        Assert.Equal(["normal", "general", "serious", "critical"], standards["DL/T 664-2016"]);
        Assert.Equal("major-discrepancy", standards["NETA-MTS-100.18-ambient"][^1]);
        Assert.Contains("visual-defects", standards.Keys);
    }

    [Fact]
    public async Task MapApiNeedsSignIn()
    {
        using var anonymous = host.Host.NewClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/assets.geojson")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/map-config")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/grading-levels")).StatusCode);
    }
}

public sealed class MapTilesTests
{
    [Theory]
    [InlineData("https://tiles.utility.example/{z}/{x}/{y}.png", "https://tiles.utility.example")]
    [InlineData("http://10.1.2.3:8080/osm/{z}/{x}/{y}.png", "http://10.1.2.3:8080")]
    [InlineData("https://{s}.tile.example/{z}/{x}/{y}{r}.png", "https://*.tile.example")]
    public void OriginIsSchemeHostAndPortOfTheTemplate(string template, string origin) =>
        Assert.Equal(origin, MapTiles.OriginOf(template));

    [Theory]
    [InlineData("tiles.example/{z}/{x}/{y}.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://tiles.example/{zoom}/{x}/{y}.png")]
    [InlineData("ftp://tiles.example/{z}/{x}/{y}.png")]
    public void NonHttpTemplatesAreRefusedByTheOptions(string template)
    {
        Assert.Null(MapTiles.OriginOf(template));
        var options = new ViewerOptions { MapTileUrl = template };
        Assert.Contains("MapTileUrl", Assert.Throws<ArgumentException>(options.EnsureValid).Message);
    }

    [Fact]
    public void WithoutTilesImagesComeFromThisOriginOnly() =>
        Assert.Contains("img-src 'self' data: blob:;", SecurityHeaders.PolicyFor(null));
}
