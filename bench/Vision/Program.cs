using System.Globalization;
using System.Runtime.InteropServices;
using DroneInspect.Bench.Vision;

// Vision benchmark: detector images/s (ONNX Runtime for .NET vs onnxruntime-node on the same tensors) and hotspot analysis ms.
// Usage: dotnet run -c Release --project bench/Vision -- --model PATH [--images N] [--threads T] [--warmup W] [--hotspot-runs R]
//        dotnet run -c Release --project bench/Vision -- --write-tiny-model PATH   (a stand-in model to prove the harness)
var options = ParseOptions(args);
if (options.TryGetValue("--write-tiny-model", out var tinyPath))
{
    // Output planted as constants (YOLOv8 layout, 2 classes, 100 boxes): inference costs one pass over the input only.
    var planted = Enumerable.Range(0, 6 * 100).Select(i => (float)((i % 97) + 1) / 98f).ToArray();
    var bytes = DroneInspect.Vision.Tests.Detection.TinyOnnxModel.Build(640, [1, 6, 100], planted,
        new Dictionary<string, string> { ["names"] = "{0: 'clamp', 1: 'insulator'}" });
    File.WriteAllBytes(tinyPath, bytes);
    Console.WriteLine($"wrote {tinyPath} ({bytes.Length} bytes)");
    return 0;
}

if (!options.TryGetValue("--model", out var model) || !File.Exists(model))
{
    Console.Error.WriteLine("usage: bench/Vision --model PATH [--images 100] [--threads 2] [--warmup 5] [--hotspot-runs 500] [--rounds 10] [--node-folder bench/Vision/node]");
    Console.Error.WriteLine(model is null ? "--model is required" : $"no model at {model}");
    return 2;
}

model = Path.GetFullPath(model);
int imageCount = Int(options, "--images", 100);
int threads = Int(options, "--threads", 2);
int warmup = Int(options, "--warmup", 5);
int hotspotRuns = Int(options, "--hotspot-runs", 500);
int rounds = Int(options, "--rounds", 10);
string nodeFolder = Path.GetFullPath(options.GetValueOrDefault("--node-folder") ?? Path.Combine(RepoRoot(), "bench", "Vision", "node"));
string work = Path.Combine(Path.GetTempPath(), "droneinspect-bench-vision-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(work);
try
{
    Console.WriteLine(Machine(nodeFolder));
    var inputs = BenchInputs.Generate(work);
    var images = inputs.Take(imageCount);
    var (inputName, outputName, width, height) = OrtBench.Describe(model);
    var tensors = TensorFile.Prepare(images, width, height, inputName, outputName);
    var (tensorPath, metaPath) = tensors.Write(work);
    Console.WriteLine(Inv($"# model: {model} ({new FileInfo(model).Length / 1024.0 / 1024.0:0.00} MiB), input {width}x{height}; {images.Count} images from the sample flight ({inputs.Images.Count} distinct); {threads} intra-op threads, {warmup} warm-up runs"));

    Interleaved.Result compared;
    string nodeVersion;
    using (var dotnetRunner = new OrtBench(model, tensors, threads, warmup))
    using (var nodeRunner = NodeBench.Start(nodeFolder, model, tensorPath, metaPath, warmup, threads))
    {
        nodeVersion = nodeRunner.Version;
        compared = Interleaved.Run(dotnetRunner, nodeRunner, tensors.Images, rounds);
    }

    double endToEnd = DetectorEndToEnd.Run(model, images, threads, warmup);
    var hot = HotspotBench.Run(inputs.ThermalFiles, hotspotRuns);

    Console.WriteLine();
    Console.WriteLine("| measurement | runtime | images | images/s |");
    Console.WriteLine("|---|---|---:|---:|");
    Console.WriteLine(Inv($"| inference on prepared tensors, median of {rounds} interleaved blocks | ONNX Runtime .NET {typeof(Microsoft.ML.OnnxRuntime.InferenceSession).Assembly.GetName().Version} | {tensors.Images} x {rounds} | {compared.DotnetMedian:0.0} |"));
    Console.WriteLine(Inv($"| inference on prepared tensors, median of {rounds} interleaved blocks | onnxruntime-node {nodeVersion} | {tensors.Images} x {rounds} | {compared.NodeMedian:0.0} |"));
    Console.WriteLine(Inv($"| OnnxDetector.Detect (letterbox + inference + decode + NMS) | ONNX Runtime .NET | {images.Count} | {endToEnd:0.0} |"));
    Console.WriteLine();
    Console.WriteLine(Inv($"ratio .NET / node (medians): {compared.Ratio:0.000}; per round: min {compared.RoundRatios.Min():0.000}, median {Interleaved.Median(compared.RoundRatios):0.000}, max {compared.RoundRatios.Max():0.000}; .NET at least as fast in {compared.DotnetFaster} of {rounds} rounds"));
    Console.WriteLine(Inv($"output checksums (last block) .NET {compared.DotnetChecksum:G9}, node {compared.NodeChecksum:G9}"));
    Console.WriteLine();
    Console.WriteLine("| hotspot analysis | map | maps | runs | mean ms | p50 ms | p99 ms | hotspots (all maps) |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
    Console.WriteLine(Inv($"| HotspotAnalyzer.Analyze (no detections) | {hot.Width}x{hot.Height} | {hot.Maps} | {hot.Runs} | {hot.MeanMs:0.00} | {hot.P50Ms:0.00} | {hot.P99Ms:0.00} | {hot.Hotspots} |"));
    Console.WriteLine(Inv($"slowest map on average: {hot.SlowestMap}, {hot.SlowestMapMeanMs:0.00} ms"));
    return 0;
}
catch (BenchException e)
{
    Console.Error.WriteLine($"bench/Vision: {e.Message}");
    return 1;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static Dictionary<string, string> ParseOptions(string[] args)
{
    var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
    for (int i = 0; i + 1 < args.Length; i += 2)
    {
        parsed[args[i]] = args[i + 1];
    }

    return parsed;
}

static int Int(Dictionary<string, string> options, string name, int fallback) =>
    options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

static string RepoRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "DroneInspect.sln")))
        {
            return folder.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}

static string Machine(string nodeFolder)
{
    string? cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;
    string memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim() : "n/a";
    string ortNode = File.Exists(Path.Combine(nodeFolder, "node_modules", "onnxruntime-node", "package.json"))
        ? System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(nodeFolder, "node_modules", "onnxruntime-node", "package.json")))
            .RootElement.GetProperty("version").GetString() ?? "?"
        : "not installed";
    return Inv($"""
        # machine: {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores visible, RAM {memory}
        # os: {RuntimeInformation.OSDescription}; .NET {Environment.Version}; node {NodeBench.NodeVersion()}; onnxruntime-node {ortNode}
        # date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; load average: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}
        """);
}

static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
