using DroneInspect.Cli.Parsing;

namespace DroneInspect.Cli.Commands;

/// <summary>Dispatches "droneinspect COMMAND ARGS": help, usage errors (exit 2), then the command itself.</summary>
public static class CommandLineApp
{
    public const int UsageExitCode = 2;

    private static readonly string[] HelpWords = ["--help", "-h", "help"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, IReadOnlyList<ICliCommand> commands)
    {
        if (args.Count == 0)
        {
            context.Error.WriteLine("droneinspect: no command given.");
            context.Error.Write(UsageText.General(commands));
            return UsageExitCode;
        }

        if (HelpWords.Contains(args[0]))
        {
            var topic = args.Count > 1 ? commands.FirstOrDefault(c => c.Name == args[1]) : null;
            context.Out.Write(topic is null ? UsageText.General(commands) : UsageText.ForCommand(topic));
            return 0;
        }

        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            context.Error.WriteLine($"droneinspect: unknown command '{args[0]}'.");
            context.Error.Write(UsageText.General(commands));
            return UsageExitCode;
        }

        var rest = args.Skip(1).ToList();
        if (rest.Any(a => a is "--help" or "-h"))
        {
            context.Out.Write(UsageText.ForCommand(command));
            return 0;
        }

        ParsedArguments parsed;
        try
        {
            parsed = ArgumentParser.Parse(command.Syntax, rest);
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"droneinspect {command.Name}: {e.Message}");
            context.Error.Write(UsageText.ForCommand(command));
            return UsageExitCode;
        }

        try
        {
            return await command.RunAsync(parsed, context);
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"droneinspect {command.Name}: {e.Message}");
            return UsageExitCode;
        }
    }
}
