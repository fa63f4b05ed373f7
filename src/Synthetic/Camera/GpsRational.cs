namespace DroneInspect.Synthetic.Camera;

/// <summary>
/// GPS coordinates as EXIF stores them: degrees, minutes and seconds as rationals, seconds to 1/10000.
/// </summary>
internal static class GpsRational
{
    public const uint SecondsDenominator = 10000;

    /// <summary>The absolute value in degrees, split into (degrees, minutes, seconds x 10000).</summary>
    public static (uint Degrees, uint Minutes, uint SecondsTimesDenominator) Split(double degrees)
    {
        double a = Math.Abs(degrees);
        long totalTicks = (long)Math.Round(a * 3600 * SecondsDenominator);
        long perDegree = 3600L * SecondsDenominator, perMinute = 60L * SecondsDenominator;
        return ((uint)(totalTicks / perDegree), (uint)(totalTicks % perDegree / perMinute), (uint)(totalTicks % perMinute));
    }

    /// <summary>Rounds to the nearest value the rationals can hold exactly.</summary>
    public static double RoundDegrees(double degrees)
    {
        var (d, m, s) = Split(degrees);
        double value = d + m / 60.0 + s / (3600.0 * SecondsDenominator);
        return degrees < 0 ? -value : value;
    }
}
