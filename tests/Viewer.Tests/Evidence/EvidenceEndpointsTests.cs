using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using SkiaSharp;

namespace DroneInspect.Viewer.Tests.Evidence;

/// <summary>
/// GET .../sightings/{captureId}/evidence, thermal.png, tile.f32 and rgb.jpg on the analysed sample flight: content
/// types, strong ETags, 304 on If-None-Match, 404 with a reason, and the same answers after a host restart.
/// </summary>
public sealed class EvidenceEndpointsTests(EvidenceHostFixture host) : IClassFixture<EvidenceHostFixture>
{
    private static readonly (string Name, string ContentType)[] Files =
        [("thermal.png", "image/png"), ("tile.f32", "application/octet-stream"), ("rgb.jpg", "image/jpeg")];

    [Fact]
    public async Task EverySightingServesItsEvidenceWithStrongETagsAnd304()
    {
        var sightings = host.Findings.SelectMany(f => f.Evidence.Select(e => (f, e))).ToList();
        Assert.NotEmpty(sightings);
        foreach (var (f, e) in sightings)
        {
            var baseUrl = BaseUrl(f, e);
            using var metadata = await host.Client.GetAsync(baseUrl + "evidence");
            Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
            Assert.Equal("application/json", metadata.Content.Headers.ContentType?.MediaType);
            Assert.False(metadata.Headers.ETag!.IsWeak);
            using var json = JsonDocument.Parse(await metadata.Content.ReadAsStringAsync());
            Assert.Equal(e.CaptureId, json.RootElement.GetProperty("captureId").GetString());

            foreach (var (name, contentType) in Files)
            {
                using var response = await host.Client.GetAsync(baseUrl + name);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
                var etag = response.Headers.ETag;
                Assert.NotNull(etag);
                Assert.False(etag.IsWeak);
                Assert.Contains("private", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

                using var again = new HttpRequestMessage(HttpMethod.Get, baseUrl + name);
                again.Headers.IfNoneMatch.Add(etag);
                using var notModified = await host.Client.SendAsync(again);
                Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
                Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
            }

            var versioned = json.RootElement.GetProperty("urls").GetProperty("thermalPng").GetString()!;
            using var immutable = await host.Client.GetAsync(versioned);
            Assert.Equal(HttpStatusCode.OK, immutable.StatusCode);
            var cache = immutable.Headers.CacheControl!;
            Assert.True(cache.Private);
            Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
            Assert.Contains(cache.Extensions, e => e.Name == "immutable");
            using var png = SKBitmap.Decode(await immutable.Content.ReadAsByteArrayAsync());
            Assert.Equal(json.RootElement.GetProperty("thermal").GetProperty("frameWidth").GetInt32()
                * json.RootElement.GetProperty("thermal").GetProperty("image").GetProperty("zoom").GetInt32(), png.Width - 110);
        }
    }

    [Fact]
    public async Task FindingsListEachSightingsEvidenceId()
    {
        using var findings = JsonDocument.Parse(await host.Client.GetStringAsync($"/api/flights/{EvidenceHostFixture.FlightId}/findings"));
        var sightings = findings.RootElement.EnumerateArray().SelectMany(f => f.GetProperty("sightings").EnumerateArray()).ToList();
        Assert.NotEmpty(sightings);
        Assert.All(sightings, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("evidenceId").GetString())));
    }

    [Fact]
    public async Task AbsentEvidenceIs404WithAReason()
    {
        var f = host.Findings.First();
        using var noCapture = await host.Client.GetAsync($"/api/flights/{EvidenceHostFixture.FlightId}/findings/{f.Id}/sightings/no-such-capture/thermal.png");
        Assert.Equal(HttpStatusCode.NotFound, noCapture.StatusCode);
        Assert.Contains("no sighting from capture 'no-such-capture'", JsonDocument.Parse(await noCapture.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var noFlight = await host.Client.GetAsync("/api/flights/nope/findings/F001/sightings/c/evidence");
        Assert.Equal(HttpStatusCode.NotFound, noFlight.StatusCode);
        Assert.Contains("no flight 'nope'", JsonDocument.Parse(await noFlight.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceSurvivesAHostRestart()
    {
        var (f, e) = host.Findings.SelectMany(f => f.Evidence.Select(e => (f, e))).First();
        var before = new Dictionary<string, (EntityTagHeaderValue ETag, byte[] Body)>();
        foreach (var (name, _) in Files)
        {
            using var response = await host.Client.GetAsync(BaseUrl(f, e) + name);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            before[name] = (response.Headers.ETag!, await response.Content.ReadAsByteArrayAsync());
        }

        await host.RestartAsync();

        foreach (var (name, _) in Files)
        {
            using var response = await host.Client.GetAsync(BaseUrl(f, e) + name);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(before[name].ETag, response.Headers.ETag);
            Assert.Equal(before[name].Body, await response.Content.ReadAsByteArrayAsync());
        }
    }

    private static string BaseUrl(Finding f, FindingEvidence e) =>
        $"/api/flights/{EvidenceHostFixture.FlightId}/findings/{Uri.EscapeDataString(f.Id)}/sightings/{Uri.EscapeDataString(e.CaptureId)}/";
}
