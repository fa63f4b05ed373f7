using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Cases;
using DroneInspect.Grains.Output;
using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Flight;

/// <summary>
/// Turns a finished flight's state into findings.geojson, findings.csv and report.html in the request's output folder.
/// Customers per finding follow the flight's asset network (<see cref="CustomerDirectory"/>).
/// </summary>
public sealed class FlightOutputs(CustomerDirectory directory)
{
    /// <summary>Writes the files; returns problems met on the way (e.g. bad customer rows), which the flight records.</summary>
    public IReadOnlyList<string> Write(string flightId, FlightGrainState flight, DateTimeOffset generatedUtc)
    {
        var request = flight.Request ?? throw new InvalidOperationException("A flight without a request has no outputs.");
        var problems = new List<string>();
        var affected = AffectedByFinding(request, flight.Findings, problems);
        var parked = flight.Captures.Where(c => c.Stage == CaptureStage.Parked).ToList();
        var report = new FlightReport(
            flightId,
            request.FlightFolder,
            generatedUtc,
            flight.Captures.Count,
            flight.Captures.Count(c => c.Stage == CaptureStage.Done),
            parked.Count,
            flight.Findings,
            [.. flight.AllProblems, .. problems, .. parked.Select(c => $"{c.CaptureId}: {c.FailureReason}")],
            SkippedSummary(flight.Captures),
            affected)
        {
            CaptureOverrides = OverridesByCapture(flight.Captures),
        };
        FindingsGeoJsonWriter.Write(request.OutputFolder, flight.Findings);
        FindingsCsvWriter.Write(request.OutputFolder, flight.Findings);
        ReportHtmlWriter.Write(request.OutputFolder, report);
        return problems;
    }

    /// <summary>Each distinct "skipped" note with the number of captures it applies to.</summary>
    public static IReadOnlyList<string> SkippedSummary(IEnumerable<CaptureRecord> captures)
        => captures
            .SelectMany(c => c.Notes.Where(n => n.Contains("skipped", StringComparison.OrdinalIgnoreCase) || n.Contains("assumed", StringComparison.OrdinalIgnoreCase) || n.Contains("placed at the drone", StringComparison.OrdinalIgnoreCase) || n.Contains("out of the asset network's reach", StringComparison.Ordinal) || n.Contains("relative map", StringComparison.Ordinal)).Distinct())
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} ({g.Count()} capture{(g.Count() == 1 ? string.Empty : "s")})")
            .ToList();

    /// <summary>Each capture with overrides: what was overridden and, where its format ignores them, that they did not apply.</summary>
    public static IReadOnlyList<string> OverridesByCapture(IEnumerable<CaptureRecord> captures)
        => captures
            .Where(c => c.Overrides is { IsEmpty: false })
            .Select(c =>
            {
                var notApplied = c.Notes.FirstOrDefault(n => n.StartsWith(OverrideText.NotAppliedPrefix, StringComparison.Ordinal));
                var outcome = c.Stage != CaptureStage.Done ? " (not analysed)"
                    : notApplied is null ? string.Empty
                    : $" - did not apply: {WhyNotApplied(notApplied)}";
                return $"{c.CaptureId}: {OverrideText.Describe(c.Overrides!)}{outcome}";
            })
            .ToList();

    private static string WhyNotApplied(string note)
    {
        var why = note[OverrideText.NotAppliedPrefix.Length..];
        var given = why.IndexOf(OverrideText.GivenMarker, StringComparison.Ordinal);
        return (given < 0 ? why : why[..given]).Trim();
    }

    private Dictionary<string, IReadOnlyList<string>> AffectedByFinding(FlightRequest request, IReadOnlyList<Finding> findings, List<string> problems)
    {
        var customers = directory.Load(request);
        problems.AddRange(customers.Problems);
        return findings
            .Select(f => (f.Id, Affected: customers.Affected(f.AssetId)))
            .Where(f => f.Affected.Count > 0)
            .ToDictionary(f => f.Id, f => (IReadOnlyList<string>)[.. f.Affected.Select(a => $"{a.Customer.Account} {a.Customer.Name}")], StringComparer.Ordinal);
    }
}
