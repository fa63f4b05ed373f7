namespace DroneInspect.Cli.Parsing;

/// <summary>Parses "--name value", "--name=value", flags, and positionals against a <see cref="CommandSyntax"/>.</summary>
public static class ArgumentParser
{
    public static ParsedArguments Parse(CommandSyntax syntax, IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var onlyPositionals = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            var spec = syntax.Options.FirstOrDefault(o => o.Name == name)
                ?? throw new UsageException($"unknown option '{name}'.");

            if (spec.IsFlag)
            {
                if (equals >= 0)
                {
                    throw new UsageException($"{name} takes no value.");
                }

                options[name] = null;
                continue;
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"{name} needs a value ({spec.ValueName}).");
            }

            if (value.Length == 0)
            {
                throw new UsageException($"{name} needs a value ({spec.ValueName}).");
            }

            options[name] = value;
        }

        CheckComplete(syntax, positionals, options);
        return new ParsedArguments(positionals, options);
    }

    private static void CheckComplete(CommandSyntax syntax, List<string> positionals, Dictionary<string, string?> options)
    {
        if (positionals.Count < syntax.Positionals.Count)
        {
            throw new UsageException($"missing {syntax.Positionals[positionals.Count]}.");
        }

        var variadic = syntax.Positionals.Count > 0 && syntax.Positionals[^1].EndsWith("...", StringComparison.Ordinal);
        if (positionals.Count > syntax.Positionals.Count && !variadic)
        {
            throw new UsageException($"unexpected argument '{positionals[syntax.Positionals.Count]}'.");
        }

        var missing = syntax.Options.FirstOrDefault(o => o.Required && !options.ContainsKey(o.Name));
        if (missing is not null)
        {
            throw new UsageException($"missing required option {missing.Synopsis}.");
        }
    }
}
