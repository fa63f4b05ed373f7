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

    public static int ReadPort(ParsedArguments arguments) =>
        arguments.GetInt(Port.Name, ViewerOptions.DefaultPort, minimum: 1, maximum: 65535);
}
