using System.Globalization;

namespace DroneInspect.Cli.Parsing;

/// <summary>A command's parsed arguments; typed getters turn bad values into <see cref="UsageException"/>.</summary>
public sealed class ParsedArguments(IReadOnlyList<string> positionals, IReadOnlyDictionary<string, string?> options)
{
    public IReadOnlyList<string> Positionals { get; } = positionals;

    public bool HasFlag(string name) => options.ContainsKey(name);

    public string? GetString(string name) => options.TryGetValue(name, out var value) ? value : null;

    public string GetRequiredString(string name) =>
        GetString(name) ?? throw new UsageException($"missing required option {name}.");

    public int GetInt(string name, int defaultValue, int minimum, int maximum)
    {
        var text = GetString(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            || value < minimum || value > maximum)
        {
            throw new UsageException($"{name} expects a whole number from {minimum} to {maximum}, got '{text}'.");
        }

        return value;
    }
}
