using DroneInspect.Geo.Placement;

namespace DroneInspect.Geo.Tests.Placement;

public sealed class PlacementUncertaintyTests
{
    private const int Trials = 300;

    [Fact]
    public void UncertaintyGrowsWithRange()
    {
        var locator = new SightingLocator(TestScene.FarPoleNetwork());
        var view = TestScene.View(0, 0, 40, 0, -25);
        var radii = new List<double>();
        foreach (var north in new[] { 55.0, 80, 120, 190 })
        {
            var (x, y) = TestScene.PixelOf(locator, view, new Vector3D(0, north, TestScene.GroundMeters));
            radii.Add(locator.Locate(view, x, y).UncertaintyMeters);
        }

        for (var i = 1; i < radii.Count; i++)
        {
            Assert.True(radii[i] > radii[i - 1], $"radius at step {i}: {radii[i]} after {radii[i - 1]}");
        }

        Assert.True(radii[0] > 1.5, "never below the GPS error");
    }

    [Fact]
    public void ErrorsOfAMorePreciseDroneGiveASmallerRadius()
    {
        var view = TestScene.View(30, -6, 35, 0, -80);
        var (x, y) = TestScene.PixelOf(new SightingLocator(TestScene.LineNetwork()), view, TestScene.ConductorPoint(0.5, 0));
        var options = new PlacementOptions { GpsHorizontalMeters = 0.05, AltitudeMeters = 0.1, AngleDegrees = 0.2 };

        var consumer = new SightingLocator(TestScene.LineNetwork()).Locate(view, x, y);
        var rtk = new SightingLocator(TestScene.LineNetwork(), options).Locate(view, x, y);

        Assert.Equal("conductor/B", rtk.Component);
        Assert.True(rtk.UncertaintyMeters < consumer.UncertaintyMeters / 3, $"{rtk.UncertaintyMeters} vs {consumer.UncertaintyMeters}");
    }

    [Theory]
    [InlineData(-90, 40)]
    [InlineData(-45, 50)]
    public void GroundRadiusCoversTheTruthUnderPerturbedPoses(double pitch, double height)
    {
        var locator = new SightingLocator(TestScene.FarPoleNetwork());
        var random = new Random(20261127);
        var covered = 0;
        var errors = new List<double>();
        for (var i = 0; i < Trials; i++)
        {
            var trueView = TestScene.View(0, 0, height, random.NextDouble() * 360, pitch);
            var (x, y) = (40 + random.NextDouble() * 560, 40 + random.NextDouble() * 432);
            var truth = TestScene.Local(locator.Locate(trueView, x, y));
            Assert.Equal(TestScene.GroundMeters, truth.Z, 6);

            var placement = locator.Locate(Perturb(trueView, locator.Options, random), x, y);

            var error = (TestScene.Local(placement) - truth).Length;
            errors.Add(error);
            covered += error <= placement.UncertaintyMeters ? 1 : 0;
        }

        Assert.True(covered >= 0.9 * Trials, $"covered {covered} of {Trials}");
        errors.Sort();
        var typicalRadius = locator.Locate(TestScene.View(0, 0, height, 0, pitch), 320, 256).UncertaintyMeters;
        Assert.True(typicalRadius < 2.5 * errors[(int)(0.9 * Trials)], $"radius {typicalRadius} vs 90th percentile error {errors[(int)(0.9 * Trials)]}");
    }

    [Fact]
    public void ConductorRadiusCoversTheTruthUnderPerturbedPoses()
    {
        var locator = new SightingLocator(TestScene.LineNetwork());
        var random = new Random(7);
        var covered = 0;
        for (var i = 0; i < Trials; i++)
        {
            var truth = TestScene.ConductorPoint(0.2 + 0.6 * random.NextDouble(), 0);
            var trueView = TestScene.View(truth.X - 5 + 10 * random.NextDouble(), -25, 30, 0, -50);
            var (x, y) = TestScene.PixelOf(locator, trueView, truth);

            var placement = locator.Locate(Perturb(trueView, locator.Options, random), x, y);

            covered += (TestScene.Local(placement) - truth).Length <= placement.UncertaintyMeters ? 1 : 0;
        }

        Assert.True(covered >= 0.9 * Trials, $"covered {covered} of {Trials}");
    }

    /// <summary>The pose the drone reports: the true one plus Gaussian errors of the options' 1-sigma sizes.</summary>
    private static CameraView Perturb(CameraView view, PlacementOptions sigma, Random random)
    {
        var grid = TestScene.Grid(view.LongitudeDegrees, view.LatitudeDegrees, 0);
        var (lon, lat) = TestScene.Projection.Unproject(
            grid.X + Gaussian(random) * sigma.GpsHorizontalMeters, grid.Y + Gaussian(random) * sigma.GpsHorizontalMeters);
        return view with
        {
            LongitudeDegrees = lon,
            LatitudeDegrees = lat,
            AltitudeMeters = view.AltitudeMeters + Gaussian(random) * sigma.AltitudeMeters,
            YawDegrees = view.YawDegrees + Gaussian(random) * sigma.AngleDegrees,
            PitchDegrees = view.PitchDegrees + Gaussian(random) * sigma.AngleDegrees,
            RollDegrees = view.RollDegrees + Gaussian(random) * sigma.AngleDegrees,
        };
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
