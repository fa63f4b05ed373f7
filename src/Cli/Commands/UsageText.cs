using System.Text;

namespace DroneInspect.Cli.Commands;

/// <summary>The help texts, built from the registered commands so they never drift from what parses.</summary>
public static class UsageText
{
    public static string General(IReadOnlyList<ICliCommand> commands)
    {
        var text = new StringBuilder();
        text.AppendLine("Usage: droneinspect COMMAND [OPTIONS]");
        text.AppendLine();
        text.AppendLine("Commands:");
        var width = commands.Max(c => c.Name.Length) + 2;
        foreach (var command in commands)
        {
            text.AppendLine($"  {command.Name.PadRight(width)}{command.Summary}");
        }

        text.AppendLine();
        text.AppendLine("Run 'droneinspect COMMAND --help' for a command's options.");
        return text.ToString();
    }

    public static string ForCommand(ICliCommand command)
    {
        var text = new StringBuilder();
        text.AppendLine($"Usage: droneinspect {command.Syntax.Synopsis(command.Name)}");
        text.AppendLine();
        text.AppendLine(command.Summary);
        if (command.Syntax.Options.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Options:");
            var width = command.Syntax.Options.Max(o => o.Synopsis.Length) + 2;
            foreach (var option in command.Syntax.Options)
            {
                text.AppendLine($"  {option.Synopsis.PadRight(width)}{option.Description}");
            }
        }

        return text.ToString();
    }
}
