namespace DroneInspect.Ingestion.Thermal;

/// <summary>Planck calibration constants of a radiometric camera (FLIR CameraInfo naming).</summary>
public sealed record PlanckConstants(double R1, double B, double F, double O, double R2);

/// <summary>Atmospheric transmission constants (FLIR CameraInfo: Alpha1, Alpha2, Beta1, Beta2, X).</summary>
public sealed record AtmosphericConstants(double Alpha1, double Alpha2, double Beta1, double Beta2, double X)
{
    /// <summary>The values FLIR cameras commonly ship with.</summary>
    public static AtmosphericConstants FlirDefault { get; } = new(0.006569, 0.012620, -0.002276, -0.006670, 1.9);
}

/// <summary>The measurement conditions a temperature is computed under.</summary>
/// <param name="RelativeHumidity">0..1, not percent.</param>
public sealed record RadiometricParameters(
    double Emissivity,
    double ObjectDistanceMeters,
    double ReflectedTemperatureCelsius,
    double AtmosphericTemperatureCelsius,
    double IrWindowTemperatureCelsius,
    double IrWindowTransmission,
    double RelativeHumidity);

/// <summary>User overrides of the file's measurement conditions; null keeps the file's value.</summary>
/// <param name="RelativeHumidity">0..1, not percent.</param>
public sealed record RadiometricOverrides(
    double? Emissivity = null,
    double? ObjectDistanceMeters = null,
    double? ReflectedTemperatureCelsius = null,
    double? AtmosphericTemperatureCelsius = null,
    double? RelativeHumidity = null);
