using System.Globalization;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Bench;

/// <summary>
/// A utility's worth of analysed flights in memory, in place of the silo's grains, so the findings query can be timed
/// over many findings without analysing thousands of captures first. Findings are shaped like real ones: thermal with
/// two or three sightings, NETA and DL/T 664 grades, spread over a 40 km x 40 km service area.
/// </summary>
public sealed class BenchFlightQueries : IFlightQueries
{
    /// <summary>The service area: south-west corner and size in degrees (about 40 km at 23° N).</summary>
    public const double MinLonDegrees = 113.0, MinLatDegrees = 22.6, SpanDegrees = 0.4;

    private readonly Dictionary<string, IReadOnlyList<Finding>> _findings;

    public BenchFlightQueries(int findingCount, int flightCount, int seed)
    {
        var random = new Random(seed);
        _findings = Enumerable.Range(0, flightCount).ToDictionary(
            f => string.Create(CultureInfo.InvariantCulture, $"flight-{f:D3}"),
            f => (IReadOnlyList<Finding>)Enumerable.Range(0, findingCount / flightCount + (f < findingCount % flightCount ? 1 : 0))
                .Select(i => MakeFinding(random, f, i))
                .ToList(),
            StringComparer.Ordinal);
    }

    public Task<IReadOnlyList<FlightStatus>> ListFlightsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FlightStatus>>(_findings.Select(p => Status(p.Key, p.Value.Count)).ToList());

    public Task<FlightStatus?> FindFlightAsync(string flightId, CancellationToken cancellationToken) =>
        Task.FromResult(_findings.TryGetValue(flightId, out var findings) ? Status(flightId, findings.Count) : null);

    public Task<IReadOnlyList<Finding>?> FindFindingsAsync(string flightId, CancellationToken cancellationToken) =>
        Task.FromResult(_findings.GetValueOrDefault(flightId));

    private static FlightStatus Status(string flightId, int findings) => new(flightId, FlightState.Completed, 400, 400, 0, [], findings);

    private static Finding MakeFinding(Random random, int flight, int index)
    {
        var lon = MinLonDegrees + random.NextDouble() * SpanDegrees;
        var lat = MinLatDegrees + random.NextDouble() * SpanDegrees;
        var tmax = 25 + random.NextDouble() * 90;
        var reference = 22 + random.NextDouble() * 10;
        var (level, rank) = (tmax - reference) switch { > 40 => ("critical", 3), > 20 => ("serious", 2), > 10 => ("general", 1), _ => ("normal", 0) };
        StandardGrade[] grades =
        [
            new("DL/T 664-2016", level, "dlt664-metal-connection", "DL/T 664-2016 Appendix H.1", rank, 4),
            new("NETA-MTS-100.18-similar", rank >= 2 ? "immediate" : "monitor", "neta-similar", "NETA MTS 100.18 Table 100.18", rank, 4),
        ];
        var captured = new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero).AddDays(flight).AddSeconds(index * 7);
        var sightings = Enumerable.Range(0, 2 + random.Next(2)).Select(s => new FindingEvidence(
            string.Create(CultureInfo.InvariantCulture, $"DJI_{index * 3 + s:D4}_T.JPG"), 320 + s, 256 - s, tmax - s * 0.4, reference, tmax - s * 0.4 - reference,
            level, "clamp", lat + s * 1e-6, lon + s * 1e-6, 18.5, 1.2 + s * 0.1)
        {
            Grades = grades,
            GradeStandard = "DL/T 664-2016",
            RelativeDifferencePercent = 100 * (tmax - reference) / (tmax - 20),
            ReferenceSource = "similar-component",
            AmbientTemperatureCelsius = 20,
            EvidenceId = string.Create(CultureInfo.InvariantCulture, $"ev-{flight}-{index}-{s}"),
            CapturedAtUtc = captured.AddSeconds(s * 2),
        }).ToList();
        return new Finding(
            string.Create(CultureInfo.InvariantCulture, $"F-{flight:D3}-{index:D5}"), "thermal",
            string.Create(CultureInfo.InvariantCulture, $"P-{random.Next(5000):D4}"), "clamp", level, "dlt664-metal-connection",
            tmax, reference, tmax - reference, lat, lon, 18.5, 1.2, sightings.Count, sightings.Select(s => s.CaptureId).ToList(), true, null)
        {
            Evidence = sightings,
            GradeStandard = "DL/T 664-2016",
            Grades = grades,
            GradingCaptureId = sightings[0].CaptureId,
            ReferenceSource = "similar-component",
            AmbientTemperatureCelsius = 20,
            RelativeDifferencePercent = sightings[0].RelativeDifferencePercent,
        };
    }
}
