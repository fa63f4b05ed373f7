using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using DroneInspect.Viewer;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Bench;

/// <summary>
/// Findings by bounding box under load (issue 12, target p99 under 50 ms): a real viewer host in this process
/// (Kestrel on loopback, sign-in, the findings index) over <c>--findings</c> findings (10,000 by default) in
/// <c>--flights</c> flights, and <c>--clients</c> concurrent clients (50), each its own connection and API token, each
/// asking <c>GET /api/findings?bbox=...</c> for a random map view of 1 to 10 km as fast as answers come, for
/// <c>--seconds</c> (20) after a 3 s warm-up. Every answer is read whole and checked to be 200. Clients and server share
/// the machine's cores, so the latencies include the clients' own work.
/// </summary>
public static class FindingsQuerySuite
{
    private const int PageSize = 500;

    public static int Run(BenchContext context, string[] args) => RunAsync(context, args).GetAwaiter().GetResult();

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static async Task<int> RunAsync(BenchContext context, string[] args)
    {
        var findings = Option(args, "--findings", 10_000);
        var flights = Option(args, "--flights", 25);
        var clients = Option(args, "--clients", 50);
        var seconds = Option(args, "--seconds", 20);
        var data = Path.Combine(context.WorkFolder, "findings-query-server");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        var queries = new BenchFlightQueries(findings, flights, seed: 7);
        await using var app = ViewerHost.BuildViewer(
            new ViewerOptions { DataFolder = data, Port = 0 },
            services => services.AddSingleton<IFlightQueries>(queries));
        await app.StartAsync();
        var server = new Uri(app.Urls.Single());
        var token = await EngineerTokenAsync(app.Services);
        await WaitForIndexAsync(server, token, findings);

        var warmUp = Stopwatch.StartNew();
        await LoadAsync(server, token, clients, TimeSpan.FromSeconds(3));
        warmUp.Stop();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var results = await LoadAsync(server, token, clients, TimeSpan.FromSeconds(seconds));
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        await app.StopAsync();

        var latencies = results.SelectMany(r => r.LatenciesMs).Order().ToArray();
        var failures = results.Sum(r => r.Failures);
        var items = results.Sum(r => r.Items);
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
        var p99 = Percentile(0.99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            ## findings-query: {findings:N0} findings in {flights} flights, {clients} concurrent clients, {seconds} s, loopback
            | requests | failed | req/s | p50 ms | p95 ms | p99 ms | max ms | mean findings per answer | CPU used |
            |---|---|---|---|---|---|---|---|---|
            | {latencies.Length:N0} | {failures} | {latencies.Length / wall.Elapsed.TotalSeconds:F0} | {Percentile(0.50):F1} | {Percentile(0.95):F1} | {p99:F1} | {latencies[^1]:F1} | {(double)items / Math.Max(1, latencies.Length):F0} | {cpu.TotalSeconds / wall.Elapsed.TotalSeconds:F2} cores |

            Each request: GET /api/findings?bbox=minLon,minLat,maxLon,maxLat&pageSize={PageSize}&view=summary (as the map asks), a random 1-10 km view inside the
            40 km service area, API token of an engineer; latency from send to the last byte read. Target p99 < 50 ms: {(p99 < 50 ? "met" : "NOT met")}.
            """));
        return failures == 0 && p99 < 50 ? 0 : 1;
    }

    private static async Task<string> EngineerTokenAsync(IServiceProvider services)
    {
        var accounts = services.GetRequiredService<IAccountStore>();
        await accounts.TryCreateAsync(new Account("bench-engineer", AccountSignIn.HashPassword("bench-engineer", "bench password 1"), [ViewerRoles.Engineer]), default);
        var (token, record) = ApiTokens.Create("bench-engineer", "findings-query bench", DateTimeOffset.UtcNow);
        await accounts.AddTokenAsync(record, default);
        return token;
    }

    private static async Task WaitForIndexAsync(Uri server, string token, int expected)
    {
        using var http = Client(server, token);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var answer = JsonDocument.Parse(await http.GetStringAsync("api/findings?pageSize=1"));
            if (answer.RootElement.GetProperty("total").GetInt32() == expected)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new BenchException($"the findings index did not reach {expected} findings within 60 s");
    }

    private static async Task<ClientResult[]> LoadAsync(Uri server, string token, int clients, TimeSpan duration)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(server, token, seed: c, stopAt))));
    }

    private static async Task<ClientResult> ClientAsync(Uri server, string token, int seed, long stopAt)
    {
        using var http = Client(server, token);
        var random = new Random(seed);
        var result = new ClientResult();
        var buffer = new byte[4 * 1024 * 1024]; // one per client, reused: a browser's page does not stress this process's collector
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            var sizeDegrees = (1 + random.NextDouble() * 9) / 111.0; // 1-10 km
            var lon = BenchFlightQueries.MinLonDegrees + random.NextDouble() * (BenchFlightQueries.SpanDegrees - sizeDegrees);
            var lat = BenchFlightQueries.MinLatDegrees + random.NextDouble() * (BenchFlightQueries.SpanDegrees - sizeDegrees);
            var url = string.Create(CultureInfo.InvariantCulture, $"api/findings?bbox={lon:F6},{lat:F6},{lon + sizeDegrees:F6},{lat + sizeDegrees:F6}&pageSize={PageSize}&view=summary");
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            var length = await ReadWholeAsync(response, buffer);
            result.LatenciesMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                result.Failures++;
                continue;
            }

            result.Items += CountItems(buffer.AsSpan(0, length));
        }

        return result;
    }

    /// <summary>
    /// Items in a page, counted by their "flightId" keys (written once per item) rather than by parsing the page: the
    /// clients share the server's two cores, and a browser on the engineer's own machine would do that parsing.
    /// </summary>
    private static int CountItems(ReadOnlySpan<byte> body)
    {
        ReadOnlySpan<byte> key = "\"flightId\":"u8;
        var count = 0;
        for (var rest = body; rest.IndexOf(key) is var at && at >= 0; rest = rest[(at + key.Length)..])
        {
            count++;
        }

        return count;
    }

    /// <summary>Reads the whole body into <paramref name="buffer"/>; its length.</summary>
    private static async Task<int> ReadWholeAsync(HttpResponseMessage response, byte[] buffer)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        var length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer.AsMemory(length))) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                throw new BenchException($"an answer is larger than {buffer.Length} bytes");
            }
        }

        return length;
    }

    private static HttpClient Client(Uri server, string token)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = server };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }

    private sealed class ClientResult
    {
        public List<double> LatenciesMs { get; } = [];

        public int Failures { get; set; }

        public long Items { get; set; }
    }
}
