using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Grains.Capture;
using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Hosting;
using DroneInspect.Grains.Tests.Detection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace DroneInspect.Grains.Tests.Pipeline;

public sealed class PipelineCaptureAnalyzerTests
{
    [Fact]
    public void ConfiguredModelPathThatDoesNotExistIsReportedInTheCaptureNotes()
    {
        var missing = Path.Combine(Path.GetTempPath(), "di-no-such-folder", "model.onnx");
        var options = Options.Create(new InspectOptions { DetectorModelPath = missing });
        using var models = new DetectorModels(options);
        var analyzer = new PipelineCaptureAnalyzer(new AssetNetworkCache(), options, models: models);

        var analysis = analyzer.Analyze(new CaptureJob("DJI_0001", "/f/DJI_0001_W.JPG", null, "/f/assets.geojson"));

        Assert.Empty(analysis.Sightings);
        Assert.Contains($"detect: skipped: the configured detector model path was not found: {missing}", analysis.Notes);
    }

    [Fact]
    public void OneModelFileGivesOneSharedDetector()
    {
        using var model = new TinyDetectorModel(["insulator"], (32, 32, 8, 8, 0));
        using var models = new DetectorModels(Options.Create(new InspectOptions()));

        var first = models.Get(model.ModelPath);
        var second = models.Get(Path.Combine(model.Folder, ".", "model.onnx"));

        Assert.Same(first, second);
        Assert.Equal(["insulator"], first.ClassNames);
    }

    /// <summary>
    /// The silo's own services, a real DJI Phantom 3 photo (nadir, ~40 m above ground) and an empty asset network: the
    /// planted bird nest in the image centre lands on the ground right below the drone.
    /// </summary>
    [SharedDataFact]
    public void SiloAnalyzerTurnsABirdNestOnARealRgbPhotoIntoAGroundPlacedVisualSighting()
    {
        using var model = new TinyDetectorModel(["insulator", "bird-nest"], (10, 20, 6, 6, 0), (32, 32, 4, 4, 1));
        var assets = Path.Combine(model.Folder, "assets.geojson");
        File.WriteAllText(assets, """{"type":"FeatureCollection","features":[]}""");
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.AddDroneInspectGrains(Path.Combine(model.Folder, "data"), o =>
        {
            o.DetectorModelPath = model.ModelPath;
            o.VisualDefectGrades["bird-nest"] = "serious";
        }));
        using var host = builder.Build();
        var analyzer = host.Services.GetRequiredService<ICaptureAnalyzer>();

        var analysis = analyzer.Analyze(new CaptureJob("DJI_0018", SharedData.File("rgb_dji/DJI_0018.JPG"), null, assets));

        var sighting = Assert.Single(analysis.Sightings);
        Assert.Equal(("visual", "bird-nest", "serious", "ground"), (sighting.Kind, sighting.Label, sighting.Grade, sighting.PlacementMethod));
        Assert.Null(sighting.AssetId);
        Assert.InRange(GeoDistance.Meters(sighting.LatitudeDegrees, sighting.LongitudeDegrees, 46.84260708333, -91.99455988889), 0, 5);
        Assert.Contains("visual: 2 detection(s), 1 visual defect(s)", analysis.Notes);

        // Its evidence: the RGB crop around the nest with the detector's boxes; no thermal image (there is none), said so.
        var folder = EvidenceFiles.FolderOf(Path.Combine(model.Folder, "data", EvidenceFiles.FolderName), sighting.EvidenceId!);
        Assert.NotNull(folder);
        using var crop = SKBitmap.Decode(Path.Combine(folder, EvidenceFiles.RgbJpegName));
        Assert.NotNull(crop);
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, EvidenceFiles.MetadataName)));
        var rgb = metadata.RootElement.GetProperty("rgb").GetProperty("image");
        Assert.Equal(crop.Width, rgb.GetProperty("crop")[2].GetInt32() - rgb.GetProperty("crop")[0].GetInt32());
        Assert.True(rgb.GetProperty("detectionsDrawn").GetInt32() >= 1);
        Assert.Equal(JsonValueKind.Null, metadata.RootElement.GetProperty("thermal").GetProperty("image").ValueKind);
        Assert.False(File.Exists(Path.Combine(folder, EvidenceFiles.ThermalPngName)));
        Assert.Contains("visual sighting", metadata.RootElement.GetProperty("thermal").GetProperty("note").GetString(), StringComparison.Ordinal);
    }
}
