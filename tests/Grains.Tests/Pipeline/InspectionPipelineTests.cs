using DroneInspect.Geo.Placement;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Tests.Pipeline;

public sealed class InspectionPipelineTests
{
    private static readonly CapturePair Capture = new("DJI_0001", "/f/DJI_0001_W.JPG", "/f/DJI_0001_T.JPG");

    private readonly List<(CameraView View, double X, double Y)> _placed = [];
    private double? _ambientUsed;

    [Fact]
    public void HotspotIsPlacedAtItsHottestPixelAndCarriesItsWorstGrade()
    {
        var analysis = Pipeline(Metadata(), Thermal(absolute: true)).Analyze(Capture);

        var sighting = Assert.Single(analysis.Sightings);
        var (view, x, y) = Assert.Single(_placed);
        Assert.Equal(12.5, x);
        Assert.Equal(7.5, y);
        Assert.Equal(-90, view.PitchDegrees);
        Assert.Equal(("T-7", "clamp", "asset"), (sighting.AssetId, sighting.Component, sighting.PlacementMethod));
        Assert.Equal("serious", sighting.Grade);
        Assert.Equal("dlt-serious", sighting.RuleId);
        Assert.Equal("DL/T 664-2016 serious (4.3)", sighting.Label);
        Assert.Equal([("general", 1), ("serious", 2)], sighting.Grades.Select(g => (g.Level, g.Rank)));
        Assert.Equal(91.5, sighting.MaxTemperatureCelsius);
        Assert.Equal("DJI_0001", sighting.CaptureId);
        Assert.Equal(18, _ambientUsed);
    }

    [Fact]
    public void WithoutADetectorTheDetectionStageSaysItWasSkipped()
    {
        var analysis = Pipeline(Metadata(), Thermal(absolute: true)).Analyze(Capture);

        Assert.Contains(InspectionPipeline.NoDetectorNote, analysis.Notes);
    }

    [Fact]
    public void SensorCountsAreGradedRelativeOnlyInCountsWithoutNaN()
    {
        var stages = Stages(Metadata(), Thermal(absolute: false)) with
        {
            GradeHotspots = (map, ambient, boxes) =>
            {
                _ambientUsed = ambient;
                var region = new HotRegion(12, 7, 21874, 21000, 9, new PixelBox(10, 5, 15, 10));
                return [new GradedHotspot(region, 20500, "scene-median", ambient, 1374, double.NaN, null,
                    [new ThermalGrade(HotspotAnalyzer.RelativeOnly, HotspotAnalyzer.RelativeOnly, HotspotAnalyzer.RelativeOnly, "counts")]) { IsRelativeOnly = true }];
            },
        };

        var analysis = new InspectionPipeline(stages, null).Analyze(Capture);

        var sighting = Assert.Single(analysis.Sightings);
        Assert.False(sighting.Absolute);
        Assert.Equal((HotspotAnalyzer.RelativeOnly, 21874.0, 20500.0, 1374.0), (sighting.Grade, sighting.MaxTemperatureCelsius, sighting.ReferenceTemperatureCelsius, sighting.DeltaTKelvin));
        Assert.Contains(analysis.Notes, n => n.StartsWith("hotspots: 1 found on a relative map: dji-rjpeg gives sensor counts", StringComparison.Ordinal));
        Assert.Equal("relative-only (counts)", sighting.Label);
    }

    [Fact]
    public void NonFiniteValuesOfASightingBecomeNull()
    {
        var sighting = new Sighting("c", "thermal", null, null, "relative-only", null, 10, double.NaN, double.PositiveInfinity, 1, 2, 3, 4, "asset", false, null) { PixelX = 1.5 };

        var finite = sighting.WithFiniteNumbers();

        Assert.Equal((10.0, (double?)null, (double?)null, 1.5), (finite.MaxTemperatureCelsius, finite.ReferenceTemperatureCelsius, finite.DeltaTKelvin, finite.PixelX));
    }

    [Fact]
    public void OverridesOnAFlirMapAreUsedAndSaidSo()
    {
        RadiometricOverrides? used = null;
        var stages = Stages(Metadata(), Thermal(absolute: true)) with
        {
            DecodeThermalWithOverrides = (_, overrides) =>
            {
                used = overrides;
                return Thermal(absolute: true);
            },
        };

        var analysis = new InspectionPipeline(stages, null).Analyze(Capture, new Grains.Abstractions.ThermalOverrides(Emissivity: 0.8, ObjectDistanceMeters: 5));

        Assert.Equal(new RadiometricOverrides(0.8, 5), used);
        Assert.Contains("overrides: emissivity 0.80 (override), distance 5 m (override); the map was computed with them", analysis.Notes);
    }

    [Fact]
    public void OverridesOnACountsMapAreSaidNotToApply()
    {
        var stages = Stages(Metadata(), Thermal(absolute: false)) with { DecodeThermalWithOverrides = (_, _) => Thermal(absolute: false) };

        var analysis = new InspectionPipeline(stages, null).Analyze(Capture, new Grains.Abstractions.ThermalOverrides(Emissivity: 0.8));

        Assert.Contains(analysis.Notes, n => n.StartsWith("overrides: not applied: dji-rjpeg maps", StringComparison.Ordinal) && n.EndsWith("(given: emissivity 0.80 (override))", StringComparison.Ordinal));
    }

    [Fact]
    public void NoOverridesDecodeWithoutThem()
    {
        var stages = Stages(Metadata(), Thermal(absolute: true)) with { DecodeThermalWithOverrides = (_, _) => throw new InvalidOperationException("not expected") };

        var analysis = new InspectionPipeline(stages, null).Analyze(Capture);

        Assert.DoesNotContain(analysis.Notes, n => n.StartsWith("overrides", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingPoseFallsBackToTheDronePositionWithItsUncertainty()
    {
        var analysis = Pipeline(Metadata() with { Pose = null }, Thermal(absolute: true)).Analyze(Capture);

        var sighting = Assert.Single(analysis.Sightings);
        Assert.Empty(_placed);
        Assert.Equal("camera-position", sighting.PlacementMethod);
        Assert.Equal(InspectionPipeline.CameraPositionUncertaintyMeters, sighting.UncertaintyMeters);
        Assert.Contains(analysis.Notes, n => n.Contains("no gimbal pitch", StringComparison.Ordinal));
    }

    [Fact]
    public void UndecodableThermalFailsNamingTheStage()
    {
        var stages = Stages(Metadata(), Thermal(absolute: true)) with
        {
            DecodeThermal = _ => throw new ThermalFormatException("not a radiometric file"),
        };

        var error = Assert.Throws<CaptureFailedException>(() => new InspectionPipeline(stages, null).Analyze(Capture));

        Assert.Equal("decode thermal", error.Stage);
        Assert.Equal("decode thermal: not a radiometric file", error.Message);
    }

    [Fact]
    public void CaptureWithoutThermalImageIsSkippedNotFailed()
    {
        var analysis = Pipeline(Metadata(), Thermal(absolute: true)).Analyze(Capture with { ThermalPath = null });

        Assert.Empty(analysis.Sightings);
        Assert.Contains("thermal: skipped: the capture has no thermal image", analysis.Notes);
    }

    private InspectionPipeline Pipeline(CaptureMetadata metadata, ThermalImage thermal) => new(Stages(metadata, thermal), null);

    private PipelineStages Stages(CaptureMetadata metadata, ThermalImage thermal) => new(
        _ => metadata,
        _ => thermal,
        (map, ambient, boxes) =>
        {
            _ambientUsed = ambient;
            var region = new HotRegion(12, 7, 91.5, 70, 9, new PixelBox(10, 5, 15, 10));
            return [new GradedHotspot(region, 40, "surroundings", ambient, 51.5, 73.5, 70,
                [new ThermalGrade("DL/T 664-2016", "general", "dlt-general", "4.2"), new ThermalGrade("DL/T 664-2016", "serious", "dlt-serious", "4.3")])];
        },
        (view, x, y) =>
        {
            _placed.Add((view, x, y));
            return new Placement(47.1, 8.2, 512, 1.2, "T-7", "clamp", 0.9, "asset");
        });

    private static CaptureMetadata Metadata() => new(
        "/f/DJI_0001_T.JPG", "DJI", "M3T", null, new GpsPosition(47.1, 8.2, 540),
        new CapturePose(0, -90, 0, 10, 0, 0, 40, 540), 9.1, 40, 83.3, 83.3, 640, 512);

    /// <summary>A 20 C scene: the file's 18 C air is plausible for it, so the pipeline uses it as stated.</summary>
    private static ThermalImage Thermal(bool absolute)
        => new(absolute ? "flir-fff" : "dji-rjpeg", "DJI", "M3T", new TemperatureMap(640, 512, Enumerable.Repeat(20f, 640 * 512).ToArray(), absolute), null,
            new RadiometricParameters(0.95, 10, 20, 18, 20, 1, 0.5));
}
