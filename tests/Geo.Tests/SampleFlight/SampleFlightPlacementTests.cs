using DroneInspect.Geo.Placement;
using DroneInspect.Synthetic.SideFiles;
using Xunit.Abstractions;

namespace DroneInspect.Geo.Tests.SampleFlight;

/// <summary>
/// Done-when of issue 5 on the generated sample flight: every planted defect's sighting pixel, cast through its
/// capture's pose against the sample's assets.geojson.
/// <para>
/// Component check (ground truth names physical parts, Geo names places on the network): a ground-truth "conductor"
/// must be "conductor/{phase}"; any other part that carries a phase (clamp, connector, insulator, bushing) must be on
/// a component carrying the same phase letter ("attachment/B", "conductor/B") or on one without a phase (pole "top",
/// "transformer"); a part without a phase (crossarm) must be on a component without a phase.
/// </para>
/// </summary>
public sealed class SampleFlightPlacementTests(SampleFlightFixture sample, ITestOutputHelper output) : IClassFixture<SampleFlightFixture>
{
    [Fact]
    public void ExactPosesPutPlantedDefectsOnTheirAssetAndComponentWithinAMetre()
    {
        var results = Sightings().Select(s =>
        {
            var view = SampleFlightFixture.ExactView(sample.Captures[s.Sighting.File], sample.Truth.GroundElevationMeters);
            var placement = sample.Locator.Locate(view, s.Sighting.PixelX, s.Sighting.PixelY);
            var error = PlacementError.Meters(sample.Locator, view, placement, s.Defect);
            output.WriteLine($"{s.Defect.Id} {s.Defect.AssetId}/{s.Defect.Component}/{s.Defect.Phase} {s.Sighting.File}: {placement.AssetId}/{placement.Component} {placement.Method} error {error:F2} m u {placement.UncertaintyMeters:F2}");
            return (Right: placement.AssetId == s.Defect.AssetId && ComponentMatches(s.Defect, placement.Component), Error: error);
        }).ToList();

        Assert.True(results.Count >= 10, $"only {results.Count} sightings in ground truth");
        var rightShare = results.Count(r => r.Right) / (double)results.Count;
        var errors = results.Select(r => r.Error).Order().ToList();
        var median = errors[errors.Count / 2];
        output.WriteLine($"{results.Count} sightings, right asset+component {rightShare:P1}, median error {median:F2} m");
        Assert.True(rightShare >= 0.95, $"right asset and component for {rightShare:P1} of {results.Count} sightings");
        Assert.True(median <= 1.0, $"median position error {median:F2} m");
    }

    [Fact]
    public void UncertaintyCoversTheTruthUnderPoseNoise()
    {
        const int DrawsPerSighting = 8;
        var random = new Random(5);
        var locator = new SightingLocator(sample.Network, new PlacementOptions { GpsHorizontalMeters = 3, AltitudeMeters = 1, AngleDegrees = 1 });
        int covered = 0, total = 0;
        foreach (var (defect, sighting) in Sightings())
        {
            var exact = SampleFlightFixture.ExactView(sample.Captures[sighting.File], sample.Truth.GroundElevationMeters);
            for (var draw = 0; draw < DrawsPerSighting; draw++)
            {
                var noisy = PoseNoise.Perturb(exact, random, gpsSigmaMeters: 3, altitudeSigmaMeters: 1, angleSigmaDegrees: 1);
                var placement = locator.Locate(noisy, sighting.PixelX, sighting.PixelY);
                var error = PlacementError.Meters(locator, exact, placement, defect);
                total++;
                covered += error <= placement.UncertaintyMeters ? 1 : 0;
                if (error > placement.UncertaintyMeters)
                {
                    output.WriteLine($"miss {defect.Id} {sighting.File}: {placement.AssetId}/{placement.Component} {placement.Method} error {error:F2} m u {placement.UncertaintyMeters:F2}");
                }
            }
        }

        var share = covered / (double)total;
        output.WriteLine($"covered {covered} of {total} ({share:P1})");
        Assert.True(share >= 0.90, $"uncertainty covered the true position in {share:P1} of {total} noisy placements");
    }

    private IEnumerable<(GroundTruthDefect Defect, GroundTruthSighting Sighting)> Sightings() =>
        sample.Truth.Defects.SelectMany(d => d.Sightings.Select(s => (d, s)));

    private static bool ComponentMatches(GroundTruthDefect defect, string? component)
    {
        var phase = PhaseOf(component);
        if (defect.Component == "conductor")
        {
            return component == "conductor/" + defect.Phase;
        }

        return defect.Phase is null ? phase is null : phase is null || phase == defect.Phase;
    }

    private static string? PhaseOf(string? component)
    {
        var slash = component?.IndexOf('/') ?? -1;
        return slash < 0 ? null : component![(slash + 1)..];
    }
}
