using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace DroneInspect.Bench.Vision;

/// <summary>
/// onnxruntime-node as a child process serving timed blocks of runs (node/run.js) on the same model and tensor file,
/// so they can be interleaved with the .NET runtime's blocks.
/// </summary>
internal sealed class NodeBench : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private readonly Process _process;

    private NodeBench(Process process, string version)
    {
        _process = process;
        Version = version;
    }

    public string Version { get; }

    public static NodeBench Start(string nodeFolder, string model, string tensors, string meta, int warmup, int threads)
    {
        string script = Path.Combine(nodeFolder, "run.js");
        if (!Directory.Exists(Path.Combine(nodeFolder, "node_modules", "onnxruntime-node")))
        {
            throw new BenchException($"onnxruntime-node is not installed: run `npm ci` in {nodeFolder}.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = nodeFolder,
        };
        foreach (var argument in new[] { script, model, tensors, meta, warmup.ToString(CultureInfo.InvariantCulture), threads.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new BenchException("node could not be started.");
        var ready = ReadLine(process);
        return new NodeBench(process, ready.GetProperty("version").GetString() ?? "?");
    }

    /// <summary>Runs images start..start+count-1 in node; returns its own wall time for the block and the checksum.</summary>
    public (double Seconds, double Checksum) RunBlock(int start, int count)
    {
        _process.StandardInput.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{start} {count}"));
        _process.StandardInput.Flush();
        var reply = ReadLine(_process);
        return (reply.GetProperty("seconds").GetDouble(), reply.GetProperty("checksum").GetDouble());
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill();
            }
        }

        _process.Dispose();
    }

    public static string NodeVersion()
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

    private static JsonElement ReadLine(Process process)
    {
        var line = process.StandardOutput.ReadLine();
        if (line is null)
        {
            process.WaitForExit();
            throw new BenchException($"node exited {process.ExitCode}: {process.StandardError.ReadToEnd().Trim()}");
        }

        return JsonSerializer.Deserialize<JsonElement>(line, Json);
    }
}
