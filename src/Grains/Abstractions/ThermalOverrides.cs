namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// A user's measurement conditions for thermal captures, replacing what the files state; null keeps the file's value.
/// Only formats computed from raw sensor signal with these conditions (FLIR) use them; the others say they did not apply.
/// </summary>
/// <param name="Emissivity">Object emissivity, (0, 1].</param>
/// <param name="ObjectDistanceMeters">Camera to object, metres (0 or more).</param>
/// <param name="ReflectedTemperatureCelsius">Reflected apparent temperature, degrees Celsius.</param>
/// <param name="AtmosphericTemperatureCelsius">Air (ambient) temperature, degrees Celsius; also the grading ambient.</param>
/// <param name="RelativeHumidity">Fraction 0..1, not percent.</param>
[GenerateSerializer, Immutable]
public sealed record class ThermalOverrides(
    [property: Id(0)] double? Emissivity = null,
    [property: Id(1)] double? ObjectDistanceMeters = null,
    [property: Id(2)] double? ReflectedTemperatureCelsius = null,
    [property: Id(3)] double? AtmosphericTemperatureCelsius = null,
    [property: Id(4)] double? RelativeHumidity = null)
{
    /// <summary>True when no value is overridden.</summary>
    public bool IsEmpty => Emissivity is null && ObjectDistanceMeters is null && ReflectedTemperatureCelsius is null
        && AtmosphericTemperatureCelsius is null && RelativeHumidity is null;

    /// <summary>
    /// These overrides laid over <paramref name="under"/>: each value set here wins, the rest come from below. Null when
    /// neither sets anything (so "no overrides" has one spelling).
    /// </summary>
    public static ThermalOverrides? Combine(ThermalOverrides? over, ThermalOverrides? under)
    {
        var combined = new ThermalOverrides(
            over?.Emissivity ?? under?.Emissivity,
            over?.ObjectDistanceMeters ?? under?.ObjectDistanceMeters,
            over?.ReflectedTemperatureCelsius ?? under?.ReflectedTemperatureCelsius,
            over?.AtmosphericTemperatureCelsius ?? under?.AtmosphericTemperatureCelsius,
            over?.RelativeHumidity ?? under?.RelativeHumidity);
        return combined.IsEmpty ? null : combined;
    }
}
