using DroneInspect.Geo.Placement;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Grains.Tests.Detection;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Tests.Pipeline;

/// <summary>
/// The pipeline with a real ONNX detector (a tiny planted model) on a 640x480 JPEG; metadata, decoding, grading and
/// placement are scripted. The image letterboxes into the 64x64 input at scale 0.1 with 8 pixels of padding on top.
/// </summary>
public sealed class VisualInspectionTests : IDisposable
{
    private static readonly string[] Classes = ["insulator", "bird-nest"];

    private readonly TinyDetectorModel _model = new(Classes, (16, 20, 8, 8, 0), (32, 32, 10, 10, 1));
    private readonly OnnxComponentDetector _detector;
    private readonly string _imagePath;
    private readonly List<(double X, double Y)> _placed = [];
    private IReadOnlyList<PixelBox>? _boxesGraded;

    public VisualInspectionTests()
    {
        _detector = new OnnxComponentDetector(_model.ModelPath);
        _imagePath = _model.WriteImage("DJI_0002_W.JPG", 640, 480);
    }

    public void Dispose()
    {
        _detector.Dispose();
        _model.Dispose();
    }

    [Fact]
    public void BirdNestOnTheRgbImageBecomesAVisualSightingPlacedAtItsBoxCentreWithTheConfiguredGrade()
    {
        var defects = new VisualDefects(["bird-nest"], [new("bird-nest", "critical")]);
        var pipeline = new InspectionPipeline(Stages(), _detector, visualDefects: defects);

        var analysis = pipeline.Analyze(new CapturePair("DJI_0002", _imagePath, null));

        var sighting = Assert.Single(analysis.Sightings);
        var (x, y) = Assert.Single(_placed);
        Assert.Equal(320, x, 1e-3);
        Assert.Equal(240, y, 1e-3);
        Assert.Equal(("visual", "bird-nest", "critical"), (sighting.Kind, sighting.Label, sighting.Grade));
        Assert.Equal(0.9f, sighting.Score);
        Assert.Equal("visual:bird-nest", sighting.RuleId);
        Assert.Equal("ground", sighting.PlacementMethod);
        Assert.Null(sighting.MaxTemperatureCelsius);
        Assert.Contains("visual: 2 detection(s), 1 visual defect(s)", analysis.Notes);
    }

    [Fact]
    public void DefaultTableGradesABirdNestGeneral()
    {
        var analysis = new InspectionPipeline(Stages(), _detector).Analyze(new CapturePair("DJI_0002", _imagePath, null));

        Assert.Equal("general", Assert.Single(analysis.Sightings).Grade);
    }

    [Fact]
    public void ComponentClassesOnTheRgbImageGiveNoSighting()
    {
        var defects = new VisualDefects(["flashover"], [new("flashover", "general")]);

        var analysis = new InspectionPipeline(Stages(), _detector, visualDefects: defects).Analyze(new CapturePair("DJI_0002", _imagePath, null));

        Assert.Empty(analysis.Sightings);
        Assert.Empty(_placed);
        Assert.Contains("visual: 2 detection(s), 0 visual defect(s)", analysis.Notes);
    }

    [Fact]
    public void HotspotIsGradedAmongTheDetectedBoxesAndNamedAfterTheComponentItSitsOn()
    {
        var analysis = new InspectionPipeline(Stages(), _detector).Analyze(new CapturePair("DJI_0002", null, _imagePath));

        var sighting = Assert.Single(analysis.Sightings);
        Assert.Equal(2, _boxesGraded!.Count);
        Assert.Equal(("thermal", "insulator"), (sighting.Kind, sighting.Component));
        Assert.Equal("DL/T 664 serious (4.3) on insulator", sighting.Label);
        Assert.Contains("detect: 2 component(s)", analysis.Notes);
        Assert.Contains("visual: skipped: the capture has no RGB image", analysis.Notes);
    }

    [Fact]
    public void UnreadableRgbImageFailsTheCaptureNamingTheDetectStage()
    {
        var broken = Path.Combine(_model.Folder, "broken.JPG");
        File.WriteAllText(broken, "not a jpeg");

        var error = Assert.Throws<CaptureFailedException>(
            () => new InspectionPipeline(Stages(), _detector).Analyze(new CapturePair("DJI_0003", broken, null)));

        Assert.Equal("detect rgb", error.Stage);
    }

    [Fact]
    public void DetectedBoxesAreScaledFromTheThermalImageToTheTemperatureMap()
    {
        var stages = Stages(mapWidth: 320, mapHeight: 240, hotX: 80, hotY: 60);

        var analysis = new InspectionPipeline(stages, _detector).Analyze(new CapturePair("DJI_0004", null, _imagePath));

        Assert.Equal(new PixelBox(60, 40, 100, 80), _boxesGraded![0]);
        Assert.Equal("insulator", Assert.Single(analysis.Sightings).Component);
    }

    [Fact]
    public void ThermalFileTheDetectorCannotReadIsStillGradedWithoutComponents()
    {
        var fff = Path.Combine(_model.Folder, "frame_000000.fff");
        File.WriteAllBytes(fff, [0x46, 0x46, 0x46, 0x00, 1, 2, 3]);

        var analysis = new InspectionPipeline(Stages(), _detector).Analyze(new CapturePair("DJI_0005", null, fff));

        var sighting = Assert.Single(analysis.Sightings);
        Assert.Empty(_boxesGraded!);
        Assert.Null(sighting.Component);
        Assert.Contains(analysis.Notes, n => n.StartsWith("detect: skipped on the thermal image: Cannot read image", StringComparison.Ordinal));
    }

    private PipelineStages Stages(int mapWidth = 640, int mapHeight = 480, int hotX = 160, int hotY = 120) => new(
        path => new CaptureMetadata(path, "DJI", "M3T", null, new GpsPosition(47.1, 8.2, 540),
            new CapturePose(0, -90, 0, 0, 0, 0, 40, 540), 4.5, 24, 200, 200, 640, 480),
        _ => new ThermalImage("flir-fff", "DJI", "M3T", new TemperatureMap(mapWidth, mapHeight, new float[mapWidth * mapHeight], true), null,
            new RadiometricParameters(0.95, 10, 20, 18, 20, 1, 0.5)),
        (map, ambient, boxes) =>
        {
            _boxesGraded = boxes;
            var region = new HotRegion(hotX, hotY, 91.5, 70, 9, new PixelBox(hotX - 2, hotY - 2, hotX + 3, hotY + 3));
            return [new GradedHotspot(region, 40, "surroundings", ambient, 51.5, 73.5, 70,
                [new ThermalGrade("DL/T 664", "serious", "dlt-serious", "4.3")])];
        },
        (view, x, y) =>
        {
            _placed.Add((x, y));
            return new Placement(47.1, 8.2, 500, 1.5, null, null, 0, SightingLocator.MethodGround);
        });
}
