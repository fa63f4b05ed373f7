using System.Globalization;
using DroneInspect.Cli.Parsing;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Cli.Commands;

/// <summary>The measurement override options of `thermal` and `analyze`: parsed, range-checked (a usage error, exit 2, otherwise).</summary>
public static class ThermalOverrideOptions
{
    public static readonly OptionSpec Emissivity = new("--emissivity", "E", "Object emissivity, in (0, 1].");
    public static readonly OptionSpec Distance = new("--distance", "M", "Object distance in metres (0 or more).");
    public static readonly OptionSpec Reflected = new("--reflected", "C", "Reflected apparent temperature, °C.");
    public static readonly OptionSpec Ambient = new("--ambient", "C", "Atmospheric (air) temperature, °C.");
    public static readonly OptionSpec Humidity = new("--humidity", "RH01", "Relative humidity as a fraction 0..1 (65 % is 0.65).");

    public static IReadOnlyList<OptionSpec> All { get; } = [Emissivity, Distance, Reflected, Ambient, Humidity];

    /// <summary>The overrides given, or null when none was.</summary>
    public static RadiometricOverrides? Read(ParsedArguments arguments)
    {
        var emissivity = Number(arguments, Emissivity);
        var distance = Number(arguments, Distance);
        var reflected = Number(arguments, Reflected);
        var ambient = Number(arguments, Ambient);
        var humidity = Number(arguments, Humidity);
        OverrideRanges.Check(emissivity, distance, reflected, ambient, humidity, name => "--" + name);
        return emissivity is null && distance is null && reflected is null && ambient is null && humidity is null
            ? null
            : new RadiometricOverrides(emissivity, distance, reflected, ambient, humidity);
    }

    /// <summary>The override options present on the command line, as JSON-style names without dashes.</summary>
    public static IReadOnlyList<string> Given(ParsedArguments arguments) =>
        All.Where(o => arguments.GetString(o.Name) is not null).Select(o => o.Name[2..]).ToList();

    private static double? Number(ParsedArguments arguments, OptionSpec spec)
    {
        var text = arguments.GetString(spec.Name);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new UsageException($"{spec.Name} expects a number ({spec.ValueName}), got '{text}'.");
    }
}
