using System.Text;
using System.Text.Json;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Reports;
using DroneInspect.Vision.Detection;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `detect`: runs an ONNX detector (the bundled default, or --model) on one image and prints each detection's class,
/// score and box [x1, y1, x2, y2] in the image's pixels. Exit 1 when the model is missing or unusable or the image unreadable.
/// </summary>
public sealed class DetectCommand : ICliCommand
{
    private static readonly OptionSpec Model = new("--model", "PATH", $"ONNX detector (YOLOv8/YOLO11 or YOLOv5 export); default {DefaultModelPath.RelativePath} in the repository.");
    private static readonly OptionSpec Json = new("--json", null, "Print one JSON object instead of the table.");

    public string Name => "detect";

    public string Summary => "Run the ONNX component/defect detector on one image.";

    public CommandSyntax Syntax { get; } = new(["IMAGE"], [Model, Json]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var image = arguments.Positionals[0];
        var modelPath = Path.GetFullPath(arguments.GetString(Model.Name) ?? DefaultModelPath.Resolve());
        if (!File.Exists(modelPath))
        {
            await context.Error.WriteLineAsync($"droneinspect detect: no model at {modelPath} (train it: see models/README.md, or pass --model PATH).");
            return 1;
        }

        if (!File.Exists(image))
        {
            await context.Error.WriteLineAsync($"droneinspect detect: no image at {Path.GetFullPath(image)}.");
            return 1;
        }

        IReadOnlyList<Detection> detections;
        string provider;
        try
        {
            using var detector = new OnnxDetector(modelPath, DetectorOptions.Default with { Log = line => context.Error.WriteLine(line) });
            provider = detector.ExecutionProvider;
            detections = detector.Detect(image);
        }
        catch (DetectorException e)
        {
            await context.Error.WriteLineAsync($"droneinspect detect: {e.Message}");
            return 1;
        }

        await context.Out.WriteAsync(arguments.HasFlag(Json.Name)
            ? ToJson(image, modelPath, provider, detections) + Environment.NewLine
            : ToText(image, detections));
        return 0;
    }

    private static string ToText(string image, IReadOnlyList<Detection> detections)
    {
        var text = new StringBuilder();
        text.AppendLine(FormattableString.Invariant($"{Path.GetFileName(image)}: {detections.Count} detection(s)"));
        foreach (var d in detections)
        {
            text.AppendLine(FormattableString.Invariant(
                $"  {d.ClassName,-16} {d.Score,5:0.000}  [{d.Box.X1:0.0}, {d.Box.Y1:0.0}, {d.Box.X2:0.0}, {d.Box.Y2:0.0}]"));
        }

        return text.ToString();
    }

    private static string ToJson(string image, string model, string provider, IReadOnlyList<Detection> detections)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("image", Path.GetFullPath(image));
            json.WriteString("model", model);
            json.WriteString("executionProvider", provider);
            json.WriteStartArray("detections");
            foreach (var d in detections)
            {
                json.WriteStartObject();
                json.WriteString("class", d.ClassName);
                json.WriteNumber("classId", d.ClassId);
                JsonNumbers.Write(json, "score", d.Score);
                JsonNumbers.WriteBox(json, "box", d.Box);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
