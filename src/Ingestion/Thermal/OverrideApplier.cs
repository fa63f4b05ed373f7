namespace DroneInspect.Ingestion.Thermal;

/// <summary>Applies a user's <see cref="RadiometricOverrides"/> to the parameters a file states.</summary>
public static class OverrideApplier
{
    /// <summary>The file's parameters with every non-null override in place. Throws for overrides outside physical ranges.</summary>
    public static RadiometricParameters Apply(RadiometricParameters file, RadiometricOverrides? overrides)
    {
        if (overrides is null)
        {
            return file;
        }

        if (overrides.Emissivity is { } e && !(e > 0 && e <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(overrides), e, "Emissivity must be in (0, 1].");
        }

        if (overrides.ObjectDistanceMeters is { } d && !(d >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(overrides), d, "Object distance must be 0 m or more.");
        }

        if (overrides.RelativeHumidity is { } h && !(h >= 0 && h <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(overrides), h, "Relative humidity is a fraction in [0, 1], not percent.");
        }

        return file with
        {
            Emissivity = overrides.Emissivity ?? file.Emissivity,
            ObjectDistanceMeters = overrides.ObjectDistanceMeters ?? file.ObjectDistanceMeters,
            ReflectedTemperatureCelsius = overrides.ReflectedTemperatureCelsius ?? file.ReflectedTemperatureCelsius,
            AtmosphericTemperatureCelsius = overrides.AtmosphericTemperatureCelsius ?? file.AtmosphericTemperatureCelsius,
            RelativeHumidity = overrides.RelativeHumidity ?? file.RelativeHumidity,
        };
    }
}
