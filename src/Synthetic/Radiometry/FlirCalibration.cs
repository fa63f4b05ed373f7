namespace DroneInspect.Synthetic.Radiometry;

/// <summary>
/// Everything the FLIR CameraInfo record states about a measurement: Planck constants, atmosphere constants and the
/// measurement conditions. Temperatures in Celsius here (the file stores kelvin); humidity 0..1.
/// Values are float32-exact so what the file holds equals what the generator computed with.
/// </summary>
internal sealed record FlirCalibration(
    float PlanckR1,
    float PlanckB,
    float PlanckF,
    int PlanckO,
    float PlanckR2,
    float Emissivity,
    float ObjectDistanceMeters,
    float ReflectedTemperatureCelsius,
    float AtmosphericTemperatureCelsius,
    float IrWindowTemperatureCelsius,
    float IrWindowTransmission,
    float RelativeHumidity,
    float AtmosphericAlpha1,
    float AtmosphericAlpha2,
    float AtmosphericBeta1,
    float AtmosphericBeta2,
    float AtmosphericX)
{
    /// <summary>The constants this generator writes into every synthetic FLIR file (typical of a 640 x 512 FLIR core).</summary>
    public static FlirCalibration Default(double ambientCelsius) => new(
        PlanckR1: 17096.453f, PlanckB: 1428.0f, PlanckF: 1.0f, PlanckO: -7340, PlanckR2: 0.0125f,
        Emissivity: 0.95f, ObjectDistanceMeters: 20.0f,
        ReflectedTemperatureCelsius: (float)ambientCelsius, AtmosphericTemperatureCelsius: (float)ambientCelsius,
        IrWindowTemperatureCelsius: (float)ambientCelsius, IrWindowTransmission: 1.0f, RelativeHumidity: 0.5f,
        AtmosphericAlpha1: 0.006569f, AtmosphericAlpha2: 0.01262f, AtmosphericBeta1: -0.002276f,
        AtmosphericBeta2: -0.00667f, AtmosphericX: 1.9f);
}
