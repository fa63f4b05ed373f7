using DroneInspect.Cli.Parsing;

namespace DroneInspect.Cli.Commands;

/// <summary>One subcommand, one file. Register it in <see cref="CommandRegistry"/>.</summary>
public interface ICliCommand
{
    /// <summary>The word typed after droneinspect.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    CommandSyntax Syntax { get; }

    /// <summary>Runs with parsed arguments; returns the process exit code (0 success, 1 failure, 2 usage).</summary>
    Task<int> RunAsync(ParsedArguments arguments, CliContext context);
}
