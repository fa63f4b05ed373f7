using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Output;

/// <summary>Everything the outputs of one flight say.</summary>
/// <param name="Skipped">What was not done and why ("detect: skipped: no detector model configured (12 captures)").</param>
/// <param name="AffectedCustomers">Per finding id, the customers (account and name) it may affect.</param>
public sealed record FlightReport(
    string FlightId,
    string FlightFolder,
    DateTimeOffset GeneratedUtc,
    int CapturesTotal,
    int CapturesDone,
    int CapturesParked,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Skipped,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AffectedCustomers)
{
    /// <summary>Per capture analysed with measurement overrides: "capture: emissivity 0.80 (override)" and whether they applied.</summary>
    public IReadOnlyList<string> CaptureOverrides { get; init; } = [];
}
