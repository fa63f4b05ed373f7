using DroneInspect.Cli.Parsing;
using DroneInspect.Viewer;

namespace DroneInspect.Cli.Commands;

/// <summary>Options several commands share, spelled the same everywhere.</summary>
public static class CommonOptions
{
    public static readonly OptionSpec Data =
        new("--data", "DIR", "Folder for grain state and outputs (default: data/ in the repository).");

    public static readonly OptionSpec Port =
        new("--port", "N", $"HTTP port of the viewer on 127.0.0.1 (default: {ViewerOptions.DefaultPort}).");

    public static readonly OptionSpec Model = new(
        "--model", "PATH", $"ONNX detector for the pipeline (default: none; the bundled {DefaultModelPath.RelativePath} is trained on synthetic scenes only, see its model card).");

    public static int ReadPort(ParsedArguments arguments) =>
        arguments.GetInt(Port.Name, ViewerOptions.DefaultPort, minimum: 1, maximum: 65535);

    /// <summary>
    /// The detector the pipeline runs: only one the user names. The bundled model is not used unasked: it is trained on
    /// synthetic scenes only (models/default/MODEL_CARD.md), and false "serious" defects on a utility's real flights would
    /// cost engineers more than no detector.
    /// </summary>
    public static string? ReadModel(ParsedArguments arguments)
    {
        if (arguments.GetString(Model.Name) is not { } given)
        {
            return null;
        }

        var fullPath = Path.GetFullPath(given);
        return File.Exists(fullPath) ? fullPath : throw new UsageException($"{Model.Name}: no model at '{fullPath}'.");
    }
}
