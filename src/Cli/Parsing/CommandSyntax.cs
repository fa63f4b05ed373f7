namespace DroneInspect.Cli.Parsing;

/// <summary>One option: a flag when <see cref="ValueName"/> is null, otherwise it takes one value.</summary>
public sealed record OptionSpec(string Name, string? ValueName, string Description, bool Required = false)
{
    public bool IsFlag => ValueName is null;

    public string Synopsis => IsFlag ? Name : $"{Name} {ValueName}";
}

/// <summary>What a command accepts: named positionals (all required; a last one ending in "..." takes one or more) and options.</summary>
public sealed record CommandSyntax(IReadOnlyList<string> Positionals, IReadOnlyList<OptionSpec> Options)
{
    public static CommandSyntax Of(params OptionSpec[] options) => new([], options);

    /// <summary>One-line synopsis: "analyze FLIGHT --assets FILE [--customers FILE]".</summary>
    public string Synopsis(string commandName)
    {
        var parts = new List<string> { commandName };
        parts.AddRange(Positionals);
        parts.AddRange(Options.Select(o => o.Required ? o.Synopsis : $"[{o.Synopsis}]"));
        return string.Join(' ', parts);
    }
}
