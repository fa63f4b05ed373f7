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
        "--model", "PATH", $"ONNX detector for the pipeline (default: {DefaultModelPath.RelativePath} when present; 'none' skips detection).");

    public static int ReadPort(ParsedArguments arguments) =>
        arguments.GetInt(Port.Name, ViewerOptions.DefaultPort, minimum: 1, maximum: 65535);

    /// <summary>The detector the pipeline runs: the one given, else the bundled model when it is there, else none.</summary>
    public static string? ReadModel(ParsedArguments arguments)
    {
        var given = arguments.GetString(Model.Name);
        if (string.Equals(given, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (given is not null)
        {
            var fullPath = Path.GetFullPath(given);
            return File.Exists(fullPath) ? fullPath : throw new UsageException($"{Model.Name}: no model at '{fullPath}'.");
        }

        var bundled = DefaultModelPath.Resolve();
        return File.Exists(bundled) ? bundled : null;
    }
}
