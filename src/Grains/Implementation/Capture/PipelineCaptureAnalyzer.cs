using DroneInspect.Grains.Evidence;
using DroneInspect.Grains.Hosting;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Vision.Detection;
using Microsoft.Extensions.Options;

namespace DroneInspect.Grains.Capture;

/// <summary>
/// Runs the real pipeline with the asset network loaded once per file (and only when a sighting needs placing). The
/// detector is the registered <see cref="IComponentDetector"/> when a host gives one, else the model at
/// <see cref="InspectOptions.DetectorModelPath"/> from the silo's <see cref="DetectorModels"/>; when neither is usable
/// each capture's notes say why. With an <see cref="EvidenceStore"/> (the silo registers one under its data folder) each
/// sighting's evidence is kept as part of the capture's analysis.
/// </summary>
public sealed class PipelineCaptureAnalyzer(
    AssetNetworkCache networks,
    IOptions<InspectOptions> options,
    IComponentDetector? detector = null,
    DetectorModels? models = null,
    EvidenceStore? evidence = null)
    : ICaptureAnalyzer
{
    public CaptureAnalysis Analyze(CaptureJob job)
    {
        var (chosen, noDetector) = ChooseDetector();
        var stages = PipelineStages.For(() => networks.Locator(job.AssetsPath));
        var pipeline = new InspectionPipeline(
            stages,
            chosen,
            options.Value.DefaultAmbientTemperatureCelsius,
            noDetector,
            options.Value.ToVisualDefects(),
            evidence is null ? null : new EvidenceWriter(evidence, stages.ReadMetadata));
        return pipeline.Analyze(new CapturePair(job.CaptureId, job.RgbPath, job.ThermalPath), job.Overrides);
    }

    private (IComponentDetector? Detector, string NoDetectorNote) ChooseDetector()
    {
        var modelPath = options.Value.DetectorModelPath;
        if (detector is not null || string.IsNullOrWhiteSpace(modelPath))
        {
            return (detector, InspectionPipeline.NoDetectorNote);
        }

        if (models is null)
        {
            return (null, $"detect: skipped: a detector model is configured ({modelPath}) but this host registers no detector");
        }

        try
        {
            return (models.Get(modelPath), InspectionPipeline.NoDetectorNote);
        }
        catch (FileNotFoundException)
        {
            return (null, $"detect: skipped: the configured detector model path was not found: {Path.GetFullPath(modelPath)}");
        }
        catch (DetectorException ex)
        {
            return (null, $"detect: skipped: the configured detector model cannot be used: {ex.Message}");
        }
    }
}
