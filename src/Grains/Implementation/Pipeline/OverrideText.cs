using System.Globalization;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Grains.Pipeline;

/// <summary>How overrides read in notes and the report ("emissivity 0.80 (override), distance 5 m (override)").</summary>
public static class OverrideText
{
    /// <summary>The start of the note a capture records when its overrides did not apply to its format.</summary>
    public const string NotAppliedPrefix = "overrides: not applied:";

    /// <summary>Where a not-applied note starts listing the overrides that were given.</summary>
    public const string GivenMarker = " (given: ";

    public static string Describe(ThermalOverrides overrides)
    {
        var parts = new List<string>(5);
        Add(parts, "emissivity", overrides.Emissivity, "0.00", string.Empty);
        Add(parts, "distance", overrides.ObjectDistanceMeters, "0.##", " m");
        Add(parts, "reflected", overrides.ReflectedTemperatureCelsius, "0.##", " C");
        Add(parts, "ambient", overrides.AtmosphericTemperatureCelsius, "0.##", " C");
        Add(parts, "humidity", overrides.RelativeHumidity, "0.00", string.Empty);
        return string.Join(", ", parts);
    }

    public static RadiometricOverrides ToRadiometric(ThermalOverrides overrides) => new(
        overrides.Emissivity,
        overrides.ObjectDistanceMeters,
        overrides.ReflectedTemperatureCelsius,
        overrides.AtmosphericTemperatureCelsius,
        overrides.RelativeHumidity);

    private static void Add(List<string> parts, string name, double? value, string format, string unit)
    {
        if (value is { } v)
        {
            parts.Add($"{name} {v.ToString(format, CultureInfo.InvariantCulture)}{unit} (override)");
        }
    }
}
