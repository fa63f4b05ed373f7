using System.Diagnostics;
using System.Text.Json;

namespace DroneInspect.Bench.Vision;

/// <summary>Runs node/run.js (onnxruntime-node) on the same model and tensor file; its JSON line is the result.</summary>
internal static class NodeBench
{
    public sealed record Result(string Version, int Images, double Seconds, double ImagesPerSecond, double Checksum);

    public static Result Run(string nodeFolder, string model, string tensors, string meta, int warmup, int threads)
    {
        string script = Path.Combine(nodeFolder, "run.js");
        if (!Directory.Exists(Path.Combine(nodeFolder, "node_modules", "onnxruntime-node")))
        {
            throw new BenchException($"onnxruntime-node is not installed: run `npm ci` in {nodeFolder}.");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = nodeFolder };
        foreach (var argument in new[] { script, model, tensors, meta, warmup.ToString(), threads.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new BenchException("node could not be started.");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new BenchException($"node exited {process.ExitCode}: {stderr.Result.Trim()}");
        }

        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonSerializer.Deserialize<Result>(line, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new BenchException($"node printed no result: {stdout}");
    }

    public static string Version()
    {
        var start = new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true };
        using var process = Process.Start(start);
        if (process is null)
        {
            return "n/a";
        }

        string text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text;
    }
}
