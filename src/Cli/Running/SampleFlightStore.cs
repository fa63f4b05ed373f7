using System.Text.Json;
using DroneInspect.Synthetic;

namespace DroneInspect.Cli.Running;

/// <summary>
/// Keeps the demo's sample flight under data/sample-flight: generated once, then found again through a small summary
/// file written beside it only after generation succeeded (so a half-written folder is regenerated, never used).
/// </summary>
public static class SampleFlightStore
{
    public const string FolderName = "sample-flight";
    public const int Seed = 42;

    public static string SummaryPath(string dataFolder) => Path.Combine(dataFolder, FolderName + ".summary.json");

    /// <summary>Whether a kept sample can be used: its folder is there and its files are of the generator's current version.</summary>
    public static bool IsCurrent(SampleFlightSummary summary)
        => Directory.Exists(summary.FlightFolder) && summary.FilesVersion == SampleFlightGenerator.FilesVersion;

    public static SampleFlightSummary Ensure(string dataFolder, TextWriter output)
    {
        var summaryPath = SummaryPath(dataFolder);
        if (File.Exists(summaryPath)
            && JsonSerializer.Deserialize<SampleFlightSummary>(File.ReadAllText(summaryPath)) is { } existing
            && IsCurrent(existing))
        {
            output.WriteLine($"Using the sample flight in {existing.FlightFolder}");
            return existing;
        }

        var folder = Path.Combine(dataFolder, FolderName);
        if (Directory.Exists(folder))
        {
            // No summary (an earlier generation stopped part-way), or one of an older version. The folder is ours; start it afresh.
            Directory.Delete(folder, recursive: true);
        }

        output.WriteLine($"Generating the sample flight in {folder} (seed {Seed})...");
        var summary = SampleFlightGenerator.Generate(folder, Seed, new LineProgress(output));
        File.WriteAllText(summaryPath, JsonSerializer.Serialize(summary));
        output.WriteLine(
            $"Sample flight: {summary.RgbCount} RGB and {summary.ThermalCount} thermal captures, {summary.DefectCount} planted defects.");
        return summary;
    }
}
