using System.Globalization;
using OpenCvSharp;

namespace DroneInspect.Bench;

/// <summary>
/// Memory of the metadata loop over 2,000 files, streaming (nothing kept per file), with one 200 MB capture
/// (a small JPEG with a sparse 200 MB tail) read after file 1,000: peak working set and managed heap sampled after
/// 100, 500, 1,000 and 2,000 files should stay flat.
/// </summary>
public static class MemorySuite
{
    private const int FileCount = 2000;
    private static readonly int[] Checkpoints = [100, 500, 1000, 2000];

    public static int Run(BenchContext context)
    {
        var files = Directory.EnumerateFiles(context.FlightOf(FileCount)).Order(StringComparer.Ordinal).ToList();
        var big = BigCapture(context.WorkFolder);
        var rows = new List<string>();
        var peaks = new List<long>();
        var failures = 0;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var i = 0; i < files.Count; i++)
        {
            failures += GateLikeChecks.Failures(files[i]);
            if (i + 1 == 1000)
            {
                failures += GateLikeChecks.Failures(big);
            }

            if (Checkpoints.Contains(i + 1))
            {
                process.Refresh();
                var managed = GC.GetTotalMemory(forceFullCollection: false);
                peaks.Add(process.PeakWorkingSet64);
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {i + 1} | {Mib(process.PeakWorkingSet64):F1} | {Mib(process.WorkingSet64):F1} | {Mib(managed):F1} | {Mib(GC.GetTotalMemory(forceFullCollection: true)):F1} |"));
            }
        }

        var growth = (double)peaks[^1] / peaks[1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            ## memory: metadata loop over {FileCount} files (+ one 200 MB capture after file 1000), streaming
            | files read | peak working set MiB | working set MiB | managed heap MiB | managed heap after full GC MiB |
            |---|---|---|---|---|
            {string.Join('\n', rows)}

            peak working set at {FileCount} files / at 500 files: {growth:F2} ({(growth <= 1.10 ? "flat" : "GROWING")}); gate-like check failures counted: {failures}
            """));
        return growth <= 1.10 ? 0 : 1;
    }

    private static string BigCapture(string workFolder)
    {
        var path = Path.Combine(workFolder, "big-200MB.jpg");
        using var image = new Mat(480, 640, MatType.CV_8UC3, Scalar.All(90));
        File.WriteAllBytes(path, image.ImEncode(".jpg"));
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.SetLength(200L * 1024 * 1024);
        return path;
    }

    private static double Mib(long bytes) => bytes / (1024.0 * 1024);
}
