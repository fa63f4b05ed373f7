using System.Globalization;
using DroneInspect.Train.Evaluation;
using DroneInspect.Train.Native;
using DroneInspect.Train.Training;
using TorchSharp;

namespace DroneInspect.Train;

/// <summary>Sub-commands: train, export, evaluate. Paths are relative to the current directory.</summary>
public static class Cli
{
    public const string DefaultCheckpoint = "models/train/checkpoints/detector.bin";
    public const string DefaultModel = "models/default/model.onnx";
    public const int DefaultInputSize = 256;

    private const string Usage = """
        usage: droneinspect-train train [--minutes 45] [--batch 16] [--lr 0.002] [--size N] [--resume [--continue]] [--checkpoint PATH]
               droneinspect-train export [--checkpoint PATH] [--size N] [--out models/default/model.onnx]
               droneinspect-train evaluate [--model models/default/model.onnx] [--count 300] [--nms-iou 0.45]
        """;

    public static int Run(string[] args, TextWriter log)
    {
        if (args.Length == 0)
        {
            log.WriteLine(Usage);
            return 2;
        }

        var options = ParseOptions(args.Skip(1).ToArray());
        string checkpoint = options.GetValueOrDefault("checkpoint", DefaultCheckpoint);
        int size = 0;
        if (args[0] is "train" or "export" && !TryInputSize(options, checkpoint, out size, log))
        {
            return 2;
        }

        switch (args[0])
        {
            case "train":
                PrepareTorch(log);
                Trainer.Run(new TrainOptions(checkpoint, Number(options, "minutes", 45), (int)Number(options, "batch", 16),
                    Number(options, "lr", 0.002), options.ContainsKey("resume"), size, options.ContainsKey("continue")), log);
                return 0;
            case "export":
                PrepareTorch(log);
                return Commands.Export(checkpoint, options.GetValueOrDefault("out", DefaultModel), size, log);
            case "evaluate":
                return Commands.Evaluate(options.GetValueOrDefault("model", DefaultModel),
                    (int)Number(options, "count", DroneInspect.Synthetic.Dataset.DetectionClasses.EvaluationSeedCount),
                    (float)Number(options, "nms-iou", DetectorEvaluator.ProductNmsIou), log);
            default:
                log.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>
    /// The input side: --size, else the checkpoint's (detector.bin.json), else <see cref="DefaultInputSize"/>. The network
    /// is fully convolutional, so a checkpoint trained at one side loads at any multiple of 32.
    /// </summary>
    private static bool TryInputSize(Dictionary<string, string> options, string checkpoint, out int size, TextWriter log)
    {
        size = (int)Number(options, "size", TrainingState.Load(checkpoint)?.InputSize ?? DefaultInputSize);
        if (size % 32 == 0 && size >= 64)
        {
            return true;
        }

        log.WriteLine($"--size {size}: the input side must be a multiple of 32, at least 64.");
        return false;
    }

    private static void PrepareTorch(TextWriter log)
    {
        foreach (string path in TorchLoader.PrepareNativeLibrary())
        {
            log.WriteLine($"GLIBCXX_3.4.32 requirement is weak in {path}");
        }

        torch.set_num_threads(2);
        torch.manual_seed(1);
    }

    private static double Number(Dictionary<string, string> options, string key, double fallback) =>
        options.TryGetValue(key, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var result = new Dictionary<string, string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            string key = args[i][2..];
            bool flag = i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal);
            result[key] = flag ? "true" : args[++i];
        }

        return result;
    }
}
