using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace DroneInspect.Bench;

/// <summary>
/// `metadata` as users run it: whole processes on real camera files. A folder of N copies of ../shared/data's
/// files (RealCaptureFolder) is read by `./droneinspect metadata DIR --json` (the script, which checks the build
/// first), by the built executable `.build/cli/droneinspect metadata DIR --json` directly (and, for reference, with
/// --hash, which reads every byte for the SHA-256), and by
/// `exiftool -json -n DIR`; each route once untimed (page cache, build), then all routes in turn, run after run.
/// Wall time of each whole process, and its CPU time (user + system, from /usr/bin/time, when installed: on a
/// shared machine CPU time is the steadier figure); medians. The folder is removed afterwards unless --keep is given.
/// </summary>
public static class MetadataProcessSuite
{
    private const double TargetRatio = 5;

    public static int Run(BenchContext context, IReadOnlyList<string> args)
    {
        var count = Option(args, "--files", 372);
        var runs = Option(args, "--runs", 7);
        var folder = Path.GetFullPath(OptionText(args, "--folder") ?? Path.Combine(Path.GetTempPath(), "meta-bench"));
        var repo = BenchEnvironment.RepositoryRoot();
        var script = Path.Combine(repo, "droneinspect");
        var executable = Path.Combine(repo, ".build", "cli", "droneinspect");
        RealCaptureFolder.Make(folder, count);
        try
        {
            (string Name, string File, string[] Arguments)[] routes =
            [
                ("./droneinspect metadata DIR --json", script, ["metadata", folder, "--json"]),
                (".build/cli/droneinspect metadata DIR --json", executable, ["metadata", folder, "--json"]),
                (".build/cli/droneinspect metadata DIR --json --hash (reference: every byte hashed)", executable, ["metadata", folder, "--json", "--hash"]),
                ("exiftool -json -n DIR", "exiftool", ["-json", "-n", folder]),
            ];
            var times = routes.Select(_ => new List<double>()).ToArray();
            var cpu = routes.Select(_ => new List<double>()).ToArray();
            var loadBefore = BenchEnvironment.LoadAverage();
            for (var run = -1; run < runs; run++)
            {
                for (var r = 0; r < routes.Length; r++)
                {
                    var (seconds, cpuSeconds) = Time(routes[r].File, routes[r].Arguments, repo, count);
                    if (run >= 0)
                    {
                        times[r].Add(seconds);
                        cpu[r].Add(cpuSeconds ?? double.NaN);
                    }
                }
            }

            Print(routes.Select(r => r.Name).ToArray(), times.Select(Stats.Of).ToArray(), cpu.Select(Stats.Of).ToArray(), count, runs, folder, loadBefore);
        }
        finally
        {
            if (!args.Contains("--keep"))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    private static void Print(string[] names, Stats[] stats, Stats[] cpu, int count, int runs, string folder, string loadBefore)
    {
        var exif = stats[^1].Median;
        var exifCpu = cpu[^1].Median;
        var lines = new List<string>
        {
            "",
            $"## metadata, whole processes: {count} real camera files ({folder}, copies of {RealCaptureFolder.DataFolder}); median of {runs} interleaved runs",
            $"load average before: {loadBefore}; after: {BenchEnvironment.LoadAverage()}",
            "| process | median s | min s | max s | per file ms | exiftool median / this median | median CPU s (user+sys) | exiftool CPU / this CPU |",
            "|---|---|---|---|---|---|---|---|",
        };
        for (var i = 0; i < names.Length; i++)
        {
            var s = stats[i];
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| `{names[i]}` | {s.Median:F3} | {s.Min:F3} | {s.Max:F3} | {s.Median * 1000 / count:F2} | {exif / s.Median:F1}x | {cpu[i].Median:F3} | {exifCpu / cpu[i].Median:F1}x |"));
        }

        var worst = Math.Min(exif / stats[0].Median, exif / stats[1].Median);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"\nratio, slower of the two droneinspect routes: {worst:F1}x (target >= {TargetRatio}x: {(worst >= TargetRatio ? "met" : "NOT met")})"));
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }

    /// <summary>
    /// Runs one whole process, its stdout read to the end, and checks it described every file. Wall seconds, and CPU
    /// seconds (user + system of the process and the children it waited for) when /usr/bin/time can wrap it.
    /// </summary>
    private static (double Seconds, double? CpuSeconds) Time(string file, string[] arguments, string workingDirectory, int count)
    {
        const string TimeTool = "/usr/bin/time";
        const string Marker = "cpu-seconds ";
        var wrapped = File.Exists(TimeTool);
        var info = new ProcessStartInfo(wrapped ? TimeTool : file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        if (wrapped)
        {
            info.ArgumentList.Add("-f");
            info.ArgumentList.Add(Marker + "%U %S");
            info.ArgumentList.Add(file);
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        try
        {
            using var process = Process.Start(info) ?? throw new BenchException($"{file} did not start.");
            var errors = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            var seconds = watch.Elapsed.TotalSeconds;
            using var json = JsonDocument.Parse(output.ToArray());
            var described = json.RootElement.GetArrayLength();
            if (described != count)
            {
                throw new BenchException($"{file} described {described} files, not {count} (exit {process.ExitCode}): {errors.Result.Trim()}");
            }

            var timeLine = errors.Result.Split('\n').LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
            var cpu = timeLine?[Marker.Length..].Split(' ').Sum(t => double.Parse(t, CultureInfo.InvariantCulture));
            return (seconds, cpu);
        }
        catch (Win32Exception e)
        {
            throw new BenchException($"{file} could not be started: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new BenchException($"{file} printed no JSON array: {e.Message}");
        }
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback) =>
        OptionText(args, name) is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new BenchException($"{name} needs a positive whole number, not '{text}'.")
            : fallback;

    private static string? OptionText(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }
}
