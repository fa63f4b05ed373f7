namespace DroneInspect.Cli.Commands;

/// <summary>What a command may touch: where to write, whether stdout is a terminal, and the default data folder.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, bool OutputIsTerminal, string DefaultDataFolder)
{
    /// <summary>Set by the ./droneinspect script so data/ defaults to the repository, whatever the working directory.</summary>
    public const string HomeVariable = "DRONEINSPECT_HOME";

    public static CliContext ForConsole()
    {
        var home = Environment.GetEnvironmentVariable(HomeVariable);
        var root = string.IsNullOrWhiteSpace(home) ? Directory.GetCurrentDirectory() : home;
        return new CliContext(Console.Out, Console.Error, !Console.IsOutputRedirected, Path.Combine(root, "data"));
    }

    /// <summary>The --data option's folder (relative to the working directory) or the default.</summary>
    public string DataFolder(string? option) => Path.GetFullPath(option ?? DefaultDataFolder);
}
