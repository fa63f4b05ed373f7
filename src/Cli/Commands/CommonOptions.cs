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

    public static readonly OptionSpec SiloPort =
        new("--silo-port", "N", "Orleans silo port on 127.0.0.1 (default: 0, a free one).");

    public static readonly OptionSpec GatewayPort =
        new("--gateway-port", "N", "Orleans client gateway port on 127.0.0.1 (default: 0, a free one).");

    /// <summary>The silo port options, for every command that hosts the silo.</summary>
    public static IReadOnlyList<OptionSpec> SiloPorts { get; } = [SiloPort, GatewayPort];

    /// <summary>Sets the silo's ports on <paramref name="options"/> from --silo-port and --gateway-port (0 when absent: free ones).</summary>
    public static ViewerOptions WithSiloPorts(this ViewerOptions options, ParsedArguments arguments)
    {
        options.SiloPort = arguments.GetInt(SiloPort.Name, 0, minimum: 0, maximum: 65535);
        options.GatewayPort = arguments.GetInt(GatewayPort.Name, 0, minimum: 0, maximum: 65535);
        if (options.SiloPort != 0 && options.SiloPort == options.GatewayPort)
        {
            throw new UsageException($"{SiloPort.Name} and {GatewayPort.Name} must differ (both {options.SiloPort}).");
        }

        return options;
    }

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
