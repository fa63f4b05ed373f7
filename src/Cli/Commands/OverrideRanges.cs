using System.Globalization;
using DroneInspect.Cli.Parsing;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// The physical ranges of measurement overrides, checked the same for `thermal`, `analyze` and an overrides file: a
/// value outside them is a usage error (exit 2) naming where it came from.
/// </summary>
public static class OverrideRanges
{
    /// <summary>The override names, as options (with "--") and JSON keys (without) spell them.</summary>
    public static readonly IReadOnlyList<string> Names = ["emissivity", "distance", "reflected", "ambient", "humidity"];

    /// <summary>
    /// Throws <see cref="UsageException"/> for the first value out of range. <paramref name="nameOf"/> turns an override
    /// name ("emissivity") into how the user wrote it ("--emissivity", or a key in an overrides file).
    /// </summary>
    public static void Check(double? emissivity, double? distance, double? reflected, double? ambient, double? humidity, Func<string, string> nameOf)
    {
        if (emissivity is { } e && !(e > 0 && e <= 1))
        {
            throw new UsageException(Text($"{nameOf("emissivity")} must be greater than 0 and at most 1, got {e}."));
        }

        if (distance is { } d && !(d >= 0))
        {
            throw new UsageException(Text($"{nameOf("distance")} must be 0 m or more, got {d}."));
        }

        if (humidity is { } h && h > 1)
        {
            throw new UsageException(Text($"{nameOf("humidity")} is a fraction 0..1, got {h}; for a percentage divide by 100 (e.g. {h / 100})."));
        }

        if (humidity is { } low && low < 0)
        {
            throw new UsageException(Text($"{nameOf("humidity")} must be 0..1, got {low}."));
        }

        foreach (var (value, name) in new[] { (reflected, "reflected"), (ambient, "ambient") })
        {
            if (value is { } c && !(c > -273.15 && c < 2000))
            {
                throw new UsageException(Text($"{nameOf(name)} must be a temperature above absolute zero (-273.15 °C), got {c}."));
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
