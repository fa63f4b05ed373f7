using System.Globalization;
using System.Text.Json;
using DroneInspect.Synthetic.Dataset;
using DroneInspect.Train.Evaluation;
using DroneInspect.Train.Export;
using DroneInspect.Train.Model;

namespace DroneInspect.Train;

/// <summary>The export and evaluate sub-commands.</summary>
public static class Commands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Writes model.onnx and model.json; fails (exit 1) when ONNX Runtime and TorchSharp disagree by more than 1e-4.</summary>
    public static int Export(string checkpoint, string outPath, int inputSize, TextWriter log)
    {
        if (!File.Exists(checkpoint))
        {
            log.WriteLine($"No checkpoint at {checkpoint}: run train first.");
            return 1;
        }

        var model = new TinyDetector(DetectionClasses.Names.Count, inputSize);
        model.load(checkpoint);
        model.eval();
        byte[] onnx = DetectorExporter.Export(model);
        int[] seeds = [DetectionClasses.EvaluationSeedStart, DetectionClasses.EvaluationSeedStart + 1,
            DetectionClasses.EvaluationSeedStart + 2, DetectionClasses.EvaluationSeedStart + 3];
        var single = ExportVerifier.Compare(model, onnx, seeds, TorchSharp.torch.ScalarType.Float32);
        var exact = ExportVerifier.Compare(model, onnx, seeds, TorchSharp.torch.ScalarType.Float64);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ONNX Runtime (float32) vs TorchSharp float32 on {seeds.Length} held-out images: max |difference| boxes {single.BoxPixels:E2} px (relative {single.BoxRelative:E2}), scores {single.Scores:E2} (tolerance {ExportVerifier.Tolerance:E0})"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ONNX Runtime (float32) vs TorchSharp float64 (exact reference): max |difference| boxes {exact.BoxPixels:E2} px (relative {exact.BoxRelative:E2}), scores {exact.Scores:E2}"));
        if (!single.Within(ExportVerifier.Tolerance))
        {
            log.WriteLine("Export check FAILED: the ONNX graph does not reproduce the trained network.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        File.WriteAllBytes(outPath, onnx);
        var sidecar = new ModelDescription(DetectionClasses.Names, inputSize, TinyDetector.Strides, "yolov8",
            ModelStats.Parameters(model), Math.Round(ModelStats.GigaFlops(model), 3), "RGB/255, letterbox 114", single, exact);
        string json = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, "model.json");
        File.WriteAllText(json, JsonSerializer.Serialize(sidecar, Json));
        log.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length} bytes), {json}: {sidecar.Parameters} parameters, {sidecar.Gflops} GFLOPs");
        return 0;
    }

    /// <summary>
    /// Prints per-class AP and mAP@0.5 on the held-out seeds and writes metrics.json beside the model (metrics-nmsX.json
    /// for an NMS IoU other than the product's).
    /// </summary>
    public static int Evaluate(string modelPath, int count, float nmsIou, TextWriter log)
    {
        var started = DateTime.UtcNow;
        var report = new LocalizationReport(DetectionClasses.Names.Count);
        var result = DetectorEvaluator.Evaluate(modelPath, DetectionClasses.EvaluationSeedStart, count, nmsIou, log, report);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out seeds [{DetectionClasses.EvaluationSeedStart}, {DetectionClasses.EvaluationSeedStart + count}), {result.Images} images, score >= {DetectorEvaluator.ScoreThreshold}, per-class NMS at IoU {nmsIou}"));
        log.WriteLine("class            AP@0.5   objects");
        for (int c = 0; c < result.Classes.Count; c++)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Classes[c],-16} {result.ApPerClass[c],6:F3}   {result.GroundTruthPerClass[c]}"));
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mAP@0.5          {result.MeanAp,6:F3}   ({(DateTime.UtcNow - started).TotalSeconds:F0} s)"));
        var metrics = new Dictionary<string, object>
        {
            ["images"] = result.Images,
            ["firstSeed"] = DetectionClasses.EvaluationSeedStart,
            ["scoreThreshold"] = DetectorEvaluator.ScoreThreshold,
            ["nmsIou"] = nmsIou,
            ["mAP50"] = Math.Round(result.MeanAp, 4),
            ["perClass"] = result.Classes.Select((n, c) => new { name = n, ap50 = Math.Round(result.ApPerClass[c], 4), objects = result.GroundTruthPerClass[c] }).ToList(),
        };
        report.Print(log);
        string name = Math.Abs(nmsIou - DetectorEvaluator.ProductNmsIou) < 1e-6 ? "metrics.json"
            : string.Create(CultureInfo.InvariantCulture, $"metrics-nms{nmsIou:0.00}.json");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, name), JsonSerializer.Serialize(metrics, Json));
        return 0;
    }
}

/// <summary>model.json beside the ONNX file: the class names the runtime reads, and how the model was built.</summary>
public sealed record ModelDescription(
    IReadOnlyList<string> Names, int InputSize, int[] Strides, string Layout, long Parameters, double Gflops, string Preprocessing,
    ExportDifference ExportVsTorchFloat32, ExportDifference ExportVsTorchFloat64);
