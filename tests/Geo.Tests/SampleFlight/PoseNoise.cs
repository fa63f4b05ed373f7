using DroneInspect.Geo.Placement;

namespace DroneInspect.Geo.Tests.SampleFlight;

/// <summary>Gaussian pose errors for a view: GPS east/north and altitude in metres, yaw/pitch/roll in degrees.</summary>
internal static class PoseNoise
{
    private const double MetersPerDegreeLatitude = 111_195.0;

    public static CameraView Perturb(CameraView view, Random random, double gpsSigmaMeters, double altitudeSigmaMeters, double angleSigmaDegrees)
    {
        var east = Gaussian(random) * gpsSigmaMeters;
        var north = Gaussian(random) * gpsSigmaMeters;
        var metersPerDegreeLongitude = MetersPerDegreeLatitude * Math.Cos(view.LatitudeDegrees * Math.PI / 180);
        return view with
        {
            LatitudeDegrees = view.LatitudeDegrees + north / MetersPerDegreeLatitude,
            LongitudeDegrees = view.LongitudeDegrees + east / metersPerDegreeLongitude,
            AltitudeMeters = view.AltitudeMeters + Gaussian(random) * altitudeSigmaMeters,
            YawDegrees = view.YawDegrees + Gaussian(random) * angleSigmaDegrees,
            PitchDegrees = view.PitchDegrees + Gaussian(random) * angleSigmaDegrees,
            RollDegrees = view.RollDegrees + Gaussian(random) * angleSigmaDegrees,
        };
    }

    /// <summary>Standard normal draw (Box-Muller).</summary>
    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
