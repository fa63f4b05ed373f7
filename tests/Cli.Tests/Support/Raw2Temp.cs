using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Cli.Tests.Support;

/// <summary>
/// Thermimage's raw2temp written out term by term from the published ExifTool dump, independent of the product's
/// converter; <paramref name="Emissivity"/> replaces the dump's when set.
/// </summary>
public sealed class Raw2Temp
{
    private readonly double _e, _tau, _irt, _r1, _b, _f, _o, _r2, _subtract;

    public Raw2Temp(ExifToolDump d, double? emissivity = null)
    {
        _e = emissivity ?? d.Number("Emissivity");
        double od = d.Number("Object Distance"), rTemp = d.Number("Reflected Apparent Temperature"), aTemp = d.Number("Atmospheric Temperature");
        double irwTemp = d.Number("IR Window Temperature"), rh = d.Number("Relative Humidity") / 100;
        _irt = d.Number("IR Window Transmission");
        (_r1, _b, _f, _o, _r2) = (d.Number("Planck R1"), d.Number("Planck B"), d.Number("Planck F"), d.Number("Planck O"), d.Number("Planck R2"));
        double a1 = d.Number("Atmospheric Trans Alpha 1"), a2 = d.Number("Atmospheric Trans Alpha 2"), b1 = d.Number("Atmospheric Trans Beta 1");
        double b2 = d.Number("Atmospheric Trans Beta 2"), x = d.Number("Atmospheric Trans X");

        var h2o = rh * Math.Exp(1.5587 + (0.06939 * aTemp) - (0.00027816 * aTemp * aTemp) + (0.00000068455 * aTemp * aTemp * aTemp));
        var half = Math.Sqrt(od / 2);
        _tau = (x * Math.Exp(-half * (a1 + (b1 * Math.Sqrt(h2o))))) + ((1 - x) * Math.Exp(-half * (a2 + (b2 * Math.Sqrt(h2o)))));
        var reflected1 = (1 - _e) / _e * PlanckRaw(rTemp);
        var atmosphere1 = (1 - _tau) / _e / _tau * PlanckRaw(aTemp);
        var window = (1 - _irt) / _e / _tau / _irt * PlanckRaw(irwTemp);
        var atmosphere2 = (1 - _tau) / _e / _tau / _irt / _tau * PlanckRaw(aTemp);
        _subtract = reflected1 + atmosphere1 + window + atmosphere2; // the window reflects nothing (reflectivity 0)
    }

    public double Celsius(double raw)
    {
        var rawObject = (raw / _e / _tau / _irt / _tau) - _subtract;
        return (_b / Math.Log((_r1 / (_r2 * (rawObject + _o))) + _f)) - 273.15;
    }

    private double PlanckRaw(double celsius) => (_r1 / (_r2 * (Math.Exp(_b / (celsius + 273.15)) - _f))) - _o;
}
