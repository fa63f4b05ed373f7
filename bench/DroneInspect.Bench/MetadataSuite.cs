using System.Diagnostics;
using System.Globalization;

namespace DroneInspect.Bench;

/// <summary>
/// Metadata of a 500-file flight folder: our reader with intrinsics and gate-like checks per file (one thread)
/// against `exiftool -json FOLDER` (one process for the folder). Wall time of the whole folder, median of 3 runs
/// each, after a pass that puts the files in the page cache.
/// </summary>
public static class MetadataSuite
{
    private const int FileCount = 500;
    private const int Runs = 3;
    private const double TargetRatio = 5;

    public static int Run(BenchContext context)
    {
        var folder = context.FlightOf(FileCount);
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            File.ReadAllBytes(file); // page cache warm for both routes
        }

        Ours(files);
        var ours = new List<double>();
        var exif = new List<double>();
        var failures = 0;
        for (var run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            failures = Ours(files);
            ours.Add(watch.Elapsed.TotalSeconds);

            watch.Restart();
            var json = ExifTool.Run("-json", "-q", folder);
            exif.Add(watch.Elapsed.TotalSeconds);
            var described = CountObjects(json);
            if (described != FileCount)
            {
                throw new BenchException($"exiftool described {described} files, not {FileCount}.");
            }
        }

        var a = Stats.Of(ours);
        var b = Stats.Of(exif);
        var ratio = b.Median / a.Median;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            ## metadata: {FileCount}-file flight folder, wall time for the folder (median of {Runs} runs)
            | route | median s | min s | max s | per file ms |
            |---|---|---|---|---|
            | DroneInspect CaptureMetadataReader + CameraIntrinsics + gate-like checks (1 thread) | {a.Median:F3} | {a.Min:F3} | {a.Max:F3} | {a.Median * 1000 / FileCount:F2} |
            | exiftool -json -q FOLDER (1 process) | {b.Median:F3} | {b.Min:F3} | {b.Max:F3} | {b.Median * 1000 / FileCount:F2} |

            ratio (median exiftool / median ours): {ratio:F1}x (target >= {TargetRatio}x: {(ratio >= TargetRatio ? "met" : "NOT met")}); gate-like check failures counted: {failures}
            """));
        return 0;
    }

    private static int Ours(IReadOnlyList<string> files)
    {
        var failures = 0;
        foreach (var file in files)
        {
            failures += GateLikeChecks.Failures(file);
        }

        return failures;
    }

    private static int CountObjects(byte[] json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetArrayLength();
    }
}
