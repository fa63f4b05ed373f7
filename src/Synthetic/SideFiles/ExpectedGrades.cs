namespace DroneInspect.Synthetic.SideFiles;

/// <summary>Grades a planted hotspot should receive under each standard (see DESIGN.md: NETA MTS 100.18, DL/T 664-2016).</summary>
public sealed record ExpectedGrade(string NetaSimilar, string NetaAmbient, string Dlt664);

/// <summary>The project's grading rules, computed independently of the Vision code so the ground truth can check it.</summary>
internal static class ExpectedGrades
{
    public static ExpectedGrade Compute(double hotspotCelsius, double referenceCelsius, double ambientCelsius) =>
        new(NetaSimilar(hotspotCelsius - referenceCelsius), NetaAmbient(hotspotCelsius - ambientCelsius),
            Dlt664(hotspotCelsius, referenceCelsius, ambientCelsius));

    /// <summary>Delta-T to a similar component under similar load: [1,4) possible, [4,15] probable, &gt;15 major.</summary>
    public static string NetaSimilar(double deltaKelvin) => deltaKelvin switch
    {
        < 1 => "none",
        < 4 => "possible-deficiency",
        <= 15 => "probable-deficiency",
        _ => "major-discrepancy",
    };

    /// <summary>Rise over ambient air: 1-10 possible, 11-20 probable, 21-40 monitor, &gt;40 major (band edges taken as upper bounds).</summary>
    public static string NetaAmbient(double riseKelvin) => riseKelvin switch
    {
        < 1 => "none",
        <= 10 => "possible-deficiency",
        <= 20 => "probable-deficiency",
        <= 40 => "monitor",
        _ => "major-discrepancy",
    };

    /// <summary>
    /// Metal-connection defaults: critical above 110 C or delta_t &gt;= 95 %, serious above 80 C or delta_t &gt;= 80 %,
    /// general at delta_t &gt;= 35 %; delta_t = (T1-T2)/(T1-T0) is not used when T1-T0 &lt; 10 K.
    /// </summary>
    public static string Dlt664(double t1Celsius, double t2Celsius, double t0Celsius)
    {
        double rise = t1Celsius - t0Celsius;
        double? deltaPercent = rise >= 10 ? (t1Celsius - t2Celsius) / rise * 100 : null;
        if (t1Celsius > 110 || deltaPercent >= 95) return "critical";
        if (t1Celsius > 80 || deltaPercent >= 80) return "serious";
        if (deltaPercent >= 35) return "general";
        return "normal";
    }
}
