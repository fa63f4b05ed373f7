using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Viewer.Tests.Findings;

/// <summary>Findings made to order for the index and query tests; positions in degrees (lon, lat) near Zürich.</summary>
internal static class TestFindings
{
    public static Finding Thermal(string id, double tmaxCelsius, double lon, double lat, string grade = "serious", double severity = 2, DateTimeOffset? capturedAtUtc = null, string review = ReviewStatus.Unreviewed) =>
        new Finding(id, "thermal", "T-1", "clamp", grade, "rule-" + grade, tmaxCelsius, 30.0, tmaxCelsius - 30.0,
            LatitudeDegrees: lat, LongitudeDegrees: lon, AltitudeMeters: 10, UncertaintyMeters: 2,
            SightingCount: 1, Captures: ["c1.jpg"], Absolute: true, Label: null)
        {
            GradeStandard = "DL/T 664-2016",
            Grades = [new StandardGrade("DL/T 664-2016", grade, "rule-" + grade, null, (int)severity, 4)],
            CapturedAtUtc = capturedAtUtc,
            Review = review == ReviewStatus.Unreviewed ? ReviewStatus.None : new ReviewStatus(review, null, null, 1, "eng", DateTimeOffset.UnixEpoch),
        };

    public static Finding Counts(string id, double maxCounts, double lon, double lat) =>
        new Finding(id, "thermal", null, null, "relative-only", null, maxCounts, maxCounts - 200, 200,
            lat, lon, 10, 2, 1, ["c9.jpg"], Absolute: false, Label: null);

    public static Finding Visual(string id, string grade, int rank, double lon, double lat) =>
        new Finding(id, "visual", "P-1", null, grade, "visual:" + grade, null, null, null, lat, lon, 10, 2, 1, ["c5.jpg"], true, "broken insulator")
        {
            GradeStandard = "visual-defects",
            Grades = [new StandardGrade("visual-defects", grade, "visual:" + grade, null, rank, 4)],
        };

    public static FlightStatus Status(string flightId, int findingCount, int capturesDone = 10) =>
        new(flightId, FlightState.Completed, 10, capturesDone, 0, [], findingCount);
}

/// <summary>Flight owners in a dictionary.</summary>
internal sealed class InMemoryFlightOwners : IFlightOwners
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    public Task SetOwnerAsync(string flightId, string userName, CancellationToken cancellationToken)
    {
        _owners[flightId] = userName;
        return Task.CompletedTask;
    }

    public Task<string?> FindOwnerAsync(string flightId, CancellationToken cancellationToken) =>
        Task.FromResult(_owners.GetValueOrDefault(flightId));
}

/// <summary>Counts how often each flight's findings are read, to show the index does not re-read unchanged flights.</summary>
internal sealed class CountingFlightQueries(IFlightQueries inner) : IFlightQueries
{
    public Dictionary<string, int> FindingReads { get; } = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<FlightStatus>> ListFlightsAsync(CancellationToken cancellationToken) => inner.ListFlightsAsync(cancellationToken);

    public Task<FlightStatus?> FindFlightAsync(string flightId, CancellationToken cancellationToken) => inner.FindFlightAsync(flightId, cancellationToken);

    public Task<IReadOnlyList<Finding>?> FindFindingsAsync(string flightId, CancellationToken cancellationToken)
    {
        FindingReads[flightId] = FindingReads.GetValueOrDefault(flightId) + 1;
        return inner.FindFindingsAsync(flightId, cancellationToken);
    }
}
