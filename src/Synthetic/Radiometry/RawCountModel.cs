namespace DroneInspect.Synthetic.Radiometry;

/// <summary>
/// The forward radiometric chain of a FLIR camera: the raw count an object at a temperature produces after emissivity,
/// two atmosphere halves around the IR window, the window itself and the reflected surroundings
/// (the inverse of Thermimage's raw2temp, see DESIGN.md).
/// </summary>
internal sealed class RawCountModel
{
    private const double KelvinOffset = 273.15;
    private readonly FlirCalibration _c;
    private readonly double _gain;
    private readonly double _offset;

    public RawCountModel(FlirCalibration calibration)
    {
        _c = calibration;
        double e = _c.Emissivity, window = _c.IrWindowTransmission;
        double atmC = AsStored(_c.AtmosphericTemperatureCelsius);
        double h2o = _c.RelativeHumidity * Math.Exp(1.5587 + 0.06939 * atmC - 0.00027816 * atmC * atmC + 0.00000068455 * atmC * atmC * atmC);
        double tau = Transmission(_c.ObjectDistanceMeters / 2.0, h2o);
        double rawReflected = PlanckRaw(AsStored(_c.ReflectedTemperatureCelsius));
        double rawAtmosphere = PlanckRaw(atmC);
        double rawWindow = PlanckRaw(AsStored(_c.IrWindowTemperatureCelsius));
        // Contributions expressed in object-equivalent raw units (as raw2temp subtracts them).
        double reflected = (1 - e) / e * rawReflected;
        double atmosphere1 = (1 - tau) / e / tau * rawAtmosphere;
        double windowEmission = (1 - window) / e / tau / window * rawWindow;
        double atmosphere2 = (1 - tau) / e / tau / window / tau * rawAtmosphere;
        _gain = e * tau * window * tau;
        _offset = reflected + atmosphere1 + windowEmission + atmosphere2;
    }

    /// <summary>Raw Planck count of a black body at <paramref name="temperatureCelsius"/>.</summary>
    public double PlanckRaw(double temperatureCelsius) =>
        _c.PlanckR1 / (_c.PlanckR2 * (Math.Exp(_c.PlanckB / (temperatureCelsius + KelvinOffset)) - _c.PlanckF)) - _c.PlanckO;

    /// <summary>The count the camera records for an object at <paramref name="temperatureCelsius"/>.</summary>
    public double MeasuredRaw(double temperatureCelsius) => (PlanckRaw(temperatureCelsius) + _offset) * _gain;

    /// <summary>Rounded and clamped to the 16-bit range the raw image holds.</summary>
    public ushort MeasuredCount(double temperatureCelsius) =>
        (ushort)Math.Clamp(Math.Round(MeasuredRaw(temperatureCelsius)), 0, ushort.MaxValue);

    /// <summary>The Celsius value a reader gets back from the file's float32 kelvin.</summary>
    private static double AsStored(float celsius) => (float)(celsius + KelvinOffset) - KelvinOffset;

    private double Transmission(double distanceMeters, double h2o)
    {
        double s = Math.Sqrt(distanceMeters), w = Math.Sqrt(h2o);
        return _c.AtmosphericX * Math.Exp(-s * (_c.AtmosphericAlpha1 + _c.AtmosphericBeta1 * w))
             + (1 - _c.AtmosphericX) * Math.Exp(-s * (_c.AtmosphericAlpha2 + _c.AtmosphericBeta2 * w));
    }
}
