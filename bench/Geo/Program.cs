using System.Diagnostics;
using System.Globalization;
using DroneInspect.Bench.Geo;
using DroneInspect.Geo.Index;
using DroneInspect.Geo.Placement;

// Usage: dotnet run -c Release --project bench/Geo -- [--cores N] [--sightings N] [--spans N] [--findings N]
var cores = Option("--cores", 2);
var sightingCount = Option("--sightings", 100_000);
var spanCount = Option("--spans", 10_000);
var findingCount = Option("--findings", 10_000);

var clock = Stopwatch.StartNew();
var network = new BenchNetwork(spanCount);
var generated = clock.Elapsed.TotalMilliseconds;
clock.Restart();
var locator = new SightingLocator(network.Network);
var built = clock.Elapsed.TotalMilliseconds;
var (views, px, py, expected) = BenchSightings.Create(network, sightingCount, seed: 11);

var results = new Placement[sightingCount];
var parallel = new ParallelOptions { MaxDegreeOfParallelism = cores };
Parallel.For(0, Math.Min(20_000, sightingCount), parallel, i => results[i] = locator.Locate(views[i], px[i], py[i]));
var runs = new List<double>();
for (var run = 0; run < 3; run++)
{
    clock.Restart();
    Parallel.For(0, sightingCount, parallel, i => results[i] = locator.Locate(views[i], px[i], py[i]));
    runs.Add(clock.Elapsed.TotalMilliseconds);
}

var right = Enumerable.Range(0, sightingCount).Count(i => results[i].AssetId == expected[i] || results[i].LineId == expected[i]);

var random = new Random(5);
var extentEast = BenchNetwork.SpansPerLine * BenchNetwork.SpanMeters;
var extentNorth = network.Lines * BenchNetwork.LineSpacingMeters;
var findings = Enumerable.Range(0, findingCount)
    .Select(_ => BenchNetwork.ToLonLat(random.NextDouble() * extentEast, random.NextDouble() * extentNorth)).ToArray();
clock.Restart();
var index = new FindingIndex<(double Lon, double Lat)>(findings, f => f);
var indexBuilt = clock.Elapsed.TotalMilliseconds;
var (minLon, minLat) = BenchNetwork.ToLonLat(0, 0);
var (maxLon, maxLat) = BenchNetwork.ToLonLat(extentEast, extentNorth);
var viewportQueries = QueryTimes(0.1, 1000);
var wholeQueries = QueryTimes(1.0, 200);

var c = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(c, $"network: {network.Lines} lines, {network.Spans} spans, {network.Network.Assets.Count} assets (generated in {generated:F0} ms)"));
Console.WriteLine(string.Create(c, $"locator build (3-D elements + STR-tree): {built:F0} ms"));
Console.WriteLine(string.Create(c, $"place {sightingCount} sightings on {cores} cores: runs {string.Join(" / ", runs.Select(r => r.ToString("F0", c)))} ms, best {runs.Min():F0} ms = {sightingCount / runs.Min() * 1000:F0} per second"));
Console.WriteLine(string.Create(c, $"right asset: {right * 100.0 / sightingCount:F2} %"));
Console.WriteLine(string.Create(c, $"finding index: {findingCount} findings built in {indexBuilt:F1} ms"));
Console.WriteLine(string.Create(c, $"bbox query 10 % x 10 % of the extent: mean {viewportQueries.Mean:F3} ms, p99 {viewportQueries.P99:F3} ms, max {viewportQueries.Max:F3} ms, {viewportQueries.Hits} findings per query"));
Console.WriteLine(string.Create(c, $"bbox query whole extent: mean {wholeQueries.Mean:F3} ms, p99 {wholeQueries.P99:F3} ms, max {wholeQueries.Max:F3} ms, {wholeQueries.Hits} findings per query"));
return 0;

(double Mean, double P99, double Max, int Hits) QueryTimes(double fraction, int queries)
{
    var times = new List<double>();
    var buffer = new List<(double Lon, double Lat)>(findingCount);
    var hits = 0;
    var queryRandom = new Random(9);
    for (var q = 0; q < queries; q++)
    {
        var lon0 = minLon + ((maxLon - minLon) * (1 - fraction) * queryRandom.NextDouble());
        var lat0 = minLat + ((maxLat - minLat) * (1 - fraction) * queryRandom.NextDouble());
        buffer.Clear();
        var watch = Stopwatch.StartNew();
        index.Query(lon0, lat0, lon0 + ((maxLon - minLon) * fraction), lat0 + ((maxLat - minLat) * fraction), buffer);
        hits = buffer.Count;
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return (times.Average(), times[(int)(0.99 * (times.Count - 1))], times[^1], hits);
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
