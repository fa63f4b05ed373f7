using DroneInspect.Geo.Placement;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Tests.Pipeline;

/// <summary>What the pipeline tells the analyzer: a checked ambient, and whether network equipment is in view at a region.</summary>
public sealed class HotspotGradingContextTests
{
    private static readonly CapturePair Capture = new("DJI_0001", null, "/f/DJI_0001_T.JPG");

    [Fact]
    public void FileAmbientOf40COverA31CSceneIsReplacedAndTheNotesSaySo()
    {
        double? used = null;
        var stages = Stages(fileAirCelsius: 40, assetId: "T-7", (map, ambient, components, onNetwork) =>
        {
            used = ambient;
            return [Hotspot(ambient)];
        });

        var analysis = new InspectionPipeline(stages, null).Analyze(Capture);

        Assert.Equal(31.0, used!.Value, 0.01);
        Assert.Contains(analysis.Notes, n => n.StartsWith("hotspots: ambient 31 C (scene)", StringComparison.Ordinal) && n.Contains("40.0 C", StringComparison.Ordinal));
        var sighting = Assert.Single(analysis.Sightings);
        Assert.Equal(sighting.MaxTemperatureCelsius!.Value - sighting.ReferenceTemperatureCelsius!.Value, sighting.DeltaTKelvin!.Value, 9);
    }

    [Theory]
    [InlineData("T-7", true)]
    [InlineData(null, false)]
    public void NetworkEquipmentIsInViewWhereTheRegionsHottestPixelIsPlacedOnAnAsset(string? assetId, bool expected)
    {
        bool? onNetwork = null;
        var stages = Stages(fileAirCelsius: 25, assetId, (map, ambient, components, isOnNetwork) =>
        {
            onNetwork = isOnNetwork?.Invoke(Hotspot(ambient).Region);
            return [];
        });

        new InspectionPipeline(stages, null).Analyze(Capture);

        Assert.Equal(expected, onNetwork);
    }

    private static GradedHotspot Hotspot(double ambient) =>
        new(new HotRegion(12, 7, 91.5, 70, 9, new PixelBox(10, 5, 15, 10)), 40, ReferenceSources.Surroundings, ambient, 51.5, 91.5 - ambient, null, []);

    private static PipelineStages Stages(
        double fileAirCelsius,
        string? assetId,
        Func<TemperatureMap, double, IReadOnlyList<ThermalComponent>, Func<HotRegion, bool>?, IReadOnlyList<GradedHotspot>> grade)
    {
        var metadata = new CaptureMetadata(
            "/f/DJI_0001_T.JPG", "DJI", "M3T", null, new GpsPosition(47.1, 8.2, 540),
            new CapturePose(0, -90, 0, 10, 0, 0, 40, 540), 9.1, 40, 83.3, 83.3, 640, 512);
        var thermal = new ThermalImage("flir-fff", "DJI", "M3T",
            new TemperatureMap(640, 512, Enumerable.Repeat(31f, 640 * 512).ToArray(), true), null,
            new RadiometricParameters(0.95, 10, 20, fileAirCelsius, 20, 1, 0.5));
        return new PipelineStages(
            _ => metadata,
            _ => thermal,
            (map, ambient, boxes) => throw new InvalidOperationException("the pipeline grades by kind"),
            (view, x, y) => new Placement(47.1, 8.2, 512, 1.2, assetId, assetId is null ? null : "clamp", 0.9, assetId is null ? "ground" : "asset"))
        {
            GradeComponents = grade,
        };
    }
}
