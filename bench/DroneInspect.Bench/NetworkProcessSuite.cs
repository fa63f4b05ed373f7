using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Bench;

/// <summary>
/// A large asset network as users meet it: `droneinspect analyze` as a whole process on the sample flight, once with
/// its own small network and once with a network holding a line of N vertices (default one million, three phases,
/// 1.2 m sag; <see cref="MeanderNetwork"/>). Reports each process's peak resident memory and wall time (from
/// /usr/bin/time) and the captures it completed; the target is a peak under 1 GiB with every capture analysed.
/// </summary>
public static class NetworkProcessSuite
{
    private const double TargetPeakMiB = 1024;

    public static int Run(BenchContext context, IReadOnlyList<string> args)
    {
        var vertices = args.ToList().IndexOf("--vertices") is var at and >= 0 && at + 1 < args.Count
            ? int.Parse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture)
            : 1_000_000;
        var repo = BenchEnvironment.RepositoryRoot();
        var executable = Path.Combine(repo, ".build", "cli", "droneinspect");
        if (!File.Exists(executable))
        {
            throw new BenchException($"{executable} is missing: run ./droneinspect --help once to build it.");
        }

        var work = Path.Combine(context.WorkFolder, "network-process");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        try
        {
            var sample = Path.Combine(work, "sample");
            Measure(executable, ["generate-sample", "--out", sample], repo);
            var big = Path.Combine(work, "big.geojson");
            MeanderNetwork.WriteSampleWithMeanderLine(Path.Combine(sample, "assets.geojson"), big, vertices);
            var load = BenchEnvironment.LoadAverage();
            var small = Analyze(executable, repo, sample, Path.Combine(sample, "assets.geojson"), Path.Combine(work, "run-small"));
            var large = Analyze(executable, repo, sample, big, Path.Combine(work, "run-large"));
            var megabytes = new FileInfo(big).Length / (1024.0 * 1024.0);
            Console.WriteLine(string.Join(Environment.NewLine,
            [
                "",
                string.Create(CultureInfo.InvariantCulture, $"## analyze, whole process: the sample flight with its own network and with a {vertices:N0}-vertex line added ({megabytes:F0} MB GeoJSON)"),
                $"load average before: {load}; after: {BenchEnvironment.LoadAverage()}",
                "| network | exit | captures | peak RSS MiB | wall s | CPU s (user+sys) |",
                "|---|---|---|---|---|---|",
                Row("sample network", small),
                Row($"sample + {vertices:N0}-vertex line", large),
                "",
                string.Create(CultureInfo.InvariantCulture,
                    $"large network: peak {large.PeakMiB:F0} MiB (target < {TargetPeakMiB:F0} MiB: {(large.PeakMiB < TargetPeakMiB && large.ExitCode == 0 ? "met" : "NOT met")}), {large.Captures}"),
            ]));
            return large.ExitCode == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static ProcessRun Analyze(string executable, string repo, string sample, string assets, string folder) =>
        Measure(executable, ["analyze", Path.Combine(sample, "flight"), "--assets", assets, "--out", Path.Combine(folder, "out"), "--data", Path.Combine(folder, "data")], repo);

    private static string Row(string name, ProcessRun run) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {run.ExitCode} | {run.Captures} | {run.PeakMiB:F0} | {run.WallSeconds:F1} | {run.CpuSeconds:F1} |");

    /// <summary>Runs one whole process under /usr/bin/time: its exit code, peak RSS, wall and CPU time, and the "N/N captures" it printed.</summary>
    private static ProcessRun Measure(string executable, string[] arguments, string workingDirectory)
    {
        const string TimeTool = "/usr/bin/time";
        const string Marker = "bench-time ";
        if (!File.Exists(TimeTool))
        {
            throw new BenchException("/usr/bin/time is needed for peak memory: apt-get install time.");
        }

        var info = new ProcessStartInfo(TimeTool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var a in (string[])["-f", Marker + "%M %e %U %S", executable, .. arguments])
        {
            info.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(info) ?? throw new BenchException($"{executable} did not start.");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var line = errors.Result.Split('\n').LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
                ?? throw new BenchException($"/usr/bin/time printed no figures for {string.Join(' ', arguments)}.");
            var parts = line[Marker.Length..].Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
            var captures = System.Text.RegularExpressions.Regex.Matches(output, @"(\d+)/(\d+) captures") is { Count: > 0 } all ? all[^1].Value : "n/a"; // the last progress line
            return new ProcessRun(process.ExitCode, captures, parts[0] / 1024.0, parts[1], parts[2] + parts[3]);
        }
        catch (Win32Exception e)
        {
            throw new BenchException($"{executable} could not be started: {e.Message}");
        }
    }

    private sealed record ProcessRun(int ExitCode, string Captures, double PeakMiB, double WallSeconds, double CpuSeconds);
}
