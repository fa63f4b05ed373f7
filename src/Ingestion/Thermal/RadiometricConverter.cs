namespace DroneInspect.Ingestion.Thermal;

/// <summary>
/// Converts FLIR raw counts to object temperature (the raw2temp model Thermimage documents): the measured signal is
/// the object's emission attenuated by two atmosphere halves and an IR window, plus the emission of that atmosphere
/// and window and the reflected surroundings. Everything except the counts is the same for a whole file, so it is
/// folded once into a gain and an offset; per pixel only the inverse Planck function remains.
/// </summary>
public sealed class RadiometricConverter
{
    private const double KelvinOffset = 273.15;
    private readonly PlanckConstants _planck;
    private readonly double _gain;
    private readonly double _offset;

    public RadiometricConverter(PlanckConstants planck, AtmosphericConstants atmosphere, RadiometricParameters parameters)
    {
        Validate(planck, parameters);
        _planck = planck;
        var p = parameters;
        var e = p.Emissivity;
        var windowTransmission = p.IrWindowTransmission;
        var windowEmissivity = 1 - windowTransmission;
        const double windowReflectivity = 0;

        // The object distance is split in two halves, one each side of the IR window.
        var tau1 = Transmission(atmosphere, p.ObjectDistanceMeters / 2, p.AtmosphericTemperatureCelsius, p.RelativeHumidity);
        var tau2 = tau1;

        var rawReflected = RawFromCelsius(p.ReflectedTemperatureCelsius);
        var rawAtmosphere = RawFromCelsius(p.AtmosphericTemperatureCelsius);
        var rawWindow = RawFromCelsius(p.IrWindowTemperatureCelsius);

        var reflected1 = (1 - e) / e * rawReflected;
        var atmosphere1 = (1 - tau1) / e / tau1 * rawAtmosphere;
        var window = windowEmissivity / e / tau1 / windowTransmission * rawWindow;
        var reflected2 = windowReflectivity / e / tau1 / windowTransmission * rawReflected;
        var atmosphere2 = (1 - tau2) / e / tau1 / windowTransmission / tau2 * rawAtmosphere;

        _gain = 1 / (e * tau1 * windowTransmission * tau2);
        _offset = reflected1 + atmosphere1 + window + reflected2 + atmosphere2;
        AtmosphericTransmission = tau1 * tau2;
    }

    /// <summary>Transmission of the whole object distance (both halves), 0..1.</summary>
    public double AtmosphericTransmission { get; }

    /// <summary>Atmospheric transmission over <paramref name="distanceMeters"/> at the given air temperature and humidity (0..1).</summary>
    public static double Transmission(AtmosphericConstants a, double distanceMeters, double airTemperatureCelsius, double relativeHumidity)
    {
        var t = airTemperatureCelsius;
        var h2o = relativeHumidity * Math.Exp(1.5587 + (0.06939 * t) - (0.00027816 * t * t) + (0.00000068455 * t * t * t));
        var root = Math.Sqrt(distanceMeters);
        var sqrtH2o = Math.Sqrt(h2o);
        return (a.X * Math.Exp(-root * (a.Alpha1 + (a.Beta1 * sqrtH2o)))) + ((1 - a.X) * Math.Exp(-root * (a.Alpha2 + (a.Beta2 * sqrtH2o))));
    }

    /// <summary>The raw signal a black body at <paramref name="celsius"/> gives (the forward Planck function).</summary>
    public double RawFromCelsius(double celsius) =>
        (_planck.R1 / (_planck.R2 * (Math.Exp(_planck.B / (celsius + KelvinOffset)) - _planck.F))) - _planck.O;

    /// <summary>Object temperature in Celsius for one raw count; NaN where the signal is outside the model.</summary>
    public double ToCelsius(double raw) => InversePlanck((raw * _gain) - _offset);

    /// <summary>Converts a whole image; <paramref name="celsius"/> must be as long as <paramref name="raw"/>.</summary>
    public void ToCelsius(ReadOnlySpan<ushort> raw, Span<float> celsius)
    {
        if (celsius.Length != raw.Length)
        {
            throw new ArgumentException("Output length must equal input length.", nameof(celsius));
        }

        new CountTable(this).Convert(raw, celsius);
    }

    private double InversePlanck(double rawObject)
    {
        var argument = (_planck.R1 / (_planck.R2 * (rawObject + _planck.O))) + _planck.F;
        return argument > 1 ? (_planck.B / Math.Log(argument)) - KelvinOffset : double.NaN;
    }

    private static void Validate(PlanckConstants planck, RadiometricParameters p)
    {
        if (!(p.Emissivity > 0 && p.Emissivity <= 1))
        {
            throw new ThermalFormatException($"Emissivity {p.Emissivity} is outside (0, 1].");
        }

        if (!(p.IrWindowTransmission > 0 && p.IrWindowTransmission <= 1))
        {
            throw new ThermalFormatException($"IR window transmission {p.IrWindowTransmission} is outside (0, 1].");
        }

        if (!(p.ObjectDistanceMeters >= 0) || !(p.RelativeHumidity >= 0 && p.RelativeHumidity <= 1))
        {
            throw new ThermalFormatException($"Object distance {p.ObjectDistanceMeters} m or relative humidity {p.RelativeHumidity} is impossible.");
        }

        if (planck.R2 == 0 || !(planck.B > 0) || !double.IsFinite(planck.R1) || !double.IsFinite(planck.F))
        {
            throw new ThermalFormatException($"The Planck constants are unusable (R1 {planck.R1}, B {planck.B}, F {planck.F}, R2 {planck.R2}).");
        }
    }
}
