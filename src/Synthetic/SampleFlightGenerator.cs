namespace DroneInspect.Synthetic;

/// <summary>Where a generated sample flight lies and what it holds (counts of captures and planted defects).</summary>
public sealed record SampleFlightSummary(
    string FlightFolder,
    string AssetsPath,
    string CustomersPath,
    string GroundTruthPath,
    int RgbCount,
    int ThermalCount,
    int DefectCount);

/// <summary>
/// Writes a small synthetic flight (captures, asset network, customers, ground truth) for demos and tests.
/// Stand-in signature in the host branch: the Synthetic helper's file replaces this one.
/// </summary>
public static class SampleFlightGenerator
{
    public static SampleFlightSummary Generate(string outDir, int seed = 42, IProgress<string>? progress = null) =>
        throw new NotImplementedException("Synthetic helper implements this.");
}
