using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Live;
using DroneInspect.Viewer.Tests.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Live;

/// <summary>GET /api/events over real HTTP: a client reads the stream as a browser's EventSource would.</summary>
public sealed class LiveEndpointsTests(LiveHostFixture live) : IClassFixture<LiveHostFixture>, IAsyncLifetime
{
    private readonly List<IDisposable> _open = [];

    public async Task InitializeAsync()
    {
        var watcher = live.Host.Services.GetRequiredService<FlightProgressWatcher>();
        var waited = Stopwatch.StartNew();
        while (!watcher.HasListed && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.True(watcher.HasListed, "the flight watcher never listed the flights");
    }

    public Task DisposeAsync()
    {
        foreach (var open in Enumerable.Reverse(_open))
        {
            open.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>Opens the stream as <paramref name="userName"/> and reads until the server says it is connected (subscribed).</summary>
    private async Task<SseReader> OpenAsync(string userName)
    {
        var client = live.ClientOf(userName);
        _open.Add(client);
        var response = await client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        _open.Add(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LiveEventStream.ContentType, response.Content.Headers.ContentType?.MediaType);
        var reader = new SseReader(await response.Content.ReadAsStreamAsync());
        Assert.True(await reader.ReadUntilAsync(r => r.Comments.Contains("connected"), TimeSpan.FromSeconds(10)));
        return reader;
    }

    private static FlightStatus Flight(string id, FlightState state, int done, int total, int findings = 0) =>
        new(id, state, total, done, 0, [], findings);

    private static bool Is(JsonElement data, string property, string value) => data.GetProperty(property).GetString() == value;

    [Fact]
    public async Task PilotSeesEachFileOfTheirUploadArriveWithItsVerdict()
    {
        var stream = await OpenAsync(LiveHostFixture.Pilot1);
        using var client = live.ClientOf(LiveHostFixture.Pilot1);
        var api = new UploadApi(client);
        var content = TestFiles.Jpeg(20_000, seed: 7);
        var sha = TestFiles.Sha256(content);

        var uploadId = await api.CreateAsync("live-upload-1");
        Assert.Equal(200, (await api.DeclareAsync(uploadId, "DJI_0001.jpg", content)).Status);
        Assert.Equal(200, (await api.SendAsync(uploadId, sha, 0, content.AsMemory(0, 8_000))).Status);
        Assert.Equal(200, (await api.SendAsync(uploadId, sha, 8_000, content.AsMemory(8_000))).Status);

        bool OfFile(JsonElement d) => Is(d, "fileName", "DJI_0001.jpg") && Is(d, "uploadId", uploadId);
        var settled = await stream.WaitForAsync(LiveEventNames.Upload, d => OfFile(d) && d.GetProperty("verdict").ValueKind == JsonValueKind.String);
        var received = stream.Events.Where(e => e.Name == LiveEventNames.Upload && OfFile(e.Data)).Select(e => e.Data.GetProperty("received").GetInt64());
        Assert.Equal([0L, 8_000L, 20_000L], received);
        Assert.Equal("live-upload-1", settled.Data.GetProperty("flightId").GetString());
        Assert.Equal(20_000, settled.Data.GetProperty("total").GetInt64());
        Assert.Contains(settled.Data.GetProperty("verdict").GetString(), new[] { "accepted", "rejected" });
        Assert.Equal("Stored", settled.Data.GetProperty("state").GetString());
    }

    [Fact]
    public async Task EachFileOutOfAZipArrivesAsAnEventOfItsOwn()
    {
        var stream = await OpenAsync(LiveHostFixture.Engineer);
        using var client = live.ClientOf(LiveHostFixture.Pilot1);
        var api = new UploadApi(client);
        var zip = TestFiles.Zip(("a/DJI_0001.jpg", TestFiles.Jpeg(6_000, seed: 21)), ("a/DJI_0002.jpg", TestFiles.Jpeg(6_000, seed: 22)), ("a/notes.txt", "not an image"u8.ToArray()));

        var uploadId = await api.CreateAsync("live-zip-1");
        Assert.Equal(200, (await api.PutWholeAsync(uploadId, "flight.zip", zip)).Status);

        await stream.WaitForAsync(LiveEventNames.Upload, d => Is(d, "uploadId", uploadId) && Is(d, "fileName", "flight.zip") && Is(d, "verdict", LiveUploadProgress.Unpacked));
        var entries = stream.Events.Where(e => e.Name == LiveEventNames.Upload && Is(e.Data, "uploadId", uploadId) && !Is(e.Data, "fileName", "flight.zip")).ToList();
        Assert.Equal(3, entries.Count);
        Assert.All(entries.Where(e => e.Data.GetProperty("fileName").GetString()!.EndsWith(".jpg", StringComparison.Ordinal)), e => Assert.Equal("Stored", e.Data.GetProperty("state").GetString()));
        Assert.Equal(LiveUploadProgress.Refused, entries.Single(e => e.Data.GetProperty("fileName").GetString()!.EndsWith("notes.txt", StringComparison.Ordinal)).Data.GetProperty("verdict").GetString());
        Assert.All(entries, e => Assert.Equal("live-zip-1", e.Data.GetProperty("flightId").GetString()));
    }

    [Fact]
    public async Task FlightProgressAndNewFindingsAreStreamedAsTheFlightRuns()
    {
        var stream = await OpenAsync(LiveHostFixture.Engineer);

        live.Flights.Add(Flight("live-run-1", FlightState.Running, done: 0, total: 4), []);
        await stream.WaitForAsync(LiveEventNames.Flight, d => Is(d, "flightId", "live-run-1") && Is(d, "state", "Running"));
        live.Flights.Add(Flight("live-run-1", FlightState.Running, done: 2, total: 4), []);
        var halfway = await stream.WaitForAsync(LiveEventNames.Flight, d => Is(d, "flightId", "live-run-1") && d.GetProperty("capturesDone").GetInt32() == 2);
        live.Flights.Add(
            Flight("live-run-1", FlightState.Completed, done: 4, total: 4, findings: 3),
            [Findings.TestFindings.Thermal("a", 80, 8.5, 47.3), Findings.TestFindings.Thermal("b", 70, 8.5, 47.3), Findings.TestFindings.Thermal("c", 60, 8.5, 47.3)]);

        var done = await stream.WaitForAsync(LiveEventNames.Flight, d => Is(d, "flightId", "live-run-1") && Is(d, "state", "Completed"));
        var findings = await stream.WaitForAsync(LiveEventNames.Findings, d => Is(d, "flightId", "live-run-1"));
        Assert.Equal(4, halfway.Data.GetProperty("capturesTotal").GetInt32());
        Assert.Equal(4, done.Data.GetProperty("capturesDone").GetInt32());
        Assert.Equal(3, findings.Data.GetProperty("count").GetInt32());

        // A page that hears the event asks for the findings at once: the index already has them.
        using var client = live.ClientOf(LiveHostFixture.Engineer);
        using var page = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/findings?flight=live-run-1"));
        Assert.Equal(3, page.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task PilotDoesNotReceiveAnotherPilotsEvents()
    {
        var pilot1 = await OpenAsync(LiveHostFixture.Pilot1);
        var pilot2 = await OpenAsync(LiveHostFixture.Pilot2);
        var engineer = await OpenAsync(LiveHostFixture.Engineer);
        await live.SetOwnerAsync("live-p1", LiveHostFixture.Pilot1);
        await live.SetOwnerAsync("live-p2", LiveHostFixture.Pilot2);

        // Pilot 1's upload and flight...
        using var client = live.ClientOf(LiveHostFixture.Pilot1);
        var api = new UploadApi(client);
        var uploadId = await api.CreateAsync("live-p1-upload");
        Assert.Equal(200, (await api.PutWholeAsync(uploadId, "p1.jpg", TestFiles.Jpeg(5_000, seed: 11))).Status);
        live.Flights.Add(Flight("live-p1", FlightState.Running, done: 1, total: 5), []);
        await pilot1.WaitForAsync(LiveEventNames.Upload, d => Is(d, "fileName", "p1.jpg") && d.GetProperty("verdict").ValueKind == JsonValueKind.String);
        await pilot1.WaitForAsync(LiveEventNames.Flight, d => Is(d, "flightId", "live-p1"));

        // ...then pilot 2's flight, then pilot 1's again: each pilot's stream reaches its own later event.
        live.Flights.Add(Flight("live-p2", FlightState.Running, done: 1, total: 5), []);
        await engineer.WaitForAsync(LiveEventNames.Flight, d => Is(d, "flightId", "live-p2"));
        live.Flights.Add(Flight("live-p1", FlightState.Running, done: 2, total: 5), []);
        await pilot2.WaitForAsync(LiveEventNames.Flight, d => Is(d, "flightId", "live-p2"));
        await pilot1.WaitForAsync(LiveEventNames.Flight, d => Is(d, "flightId", "live-p1") && d.GetProperty("capturesDone").GetInt32() == 2);
        await engineer.WaitForAsync(LiveEventNames.Upload, d => Is(d, "fileName", "p1.jpg"));

        Assert.All(pilot2.Events, e => Assert.Equal("live-p2", e.Data.GetProperty("flightId").GetString()));
        Assert.DoesNotContain(pilot1.Events, e => e.Data.GetProperty("flightId").GetString() == "live-p2");
    }

    [Fact]
    public async Task HeadAnswersTheStreamsHeadersWithoutOpeningIt()
    {
        using var client = live.ClientOf(LiveHostFixture.Engineer);
        client.Timeout = TimeSpan.FromSeconds(10);

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/events"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LiveEventStream.ContentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnonymousCallersAreRefused()
    {
        using var client = live.Host.NewClient();

        using var response = await client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocumentListsTheStreamForFlightReaders()
    {
        using var client = live.ClientOf(LiveHostFixture.Engineer);

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var get = document.GetProperty("paths").GetProperty("/api/events").GetProperty("get");
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty(LiveEventStream.ContentType, out _));
        Assert.Equal(ViewerPolicies.ReadFlights, get.GetProperty("x-droneinspect-access").GetProperty("policy").GetString());
    }
}
