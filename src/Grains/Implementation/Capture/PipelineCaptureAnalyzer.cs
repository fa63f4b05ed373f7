using DroneInspect.Grains.Hosting;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Intake;
using Microsoft.Extensions.Options;

namespace DroneInspect.Grains.Capture;

/// <summary>Runs the real pipeline with the asset network loaded once per file (and only when a hotspot needs placing) and the detector when one is registered.</summary>
public sealed class PipelineCaptureAnalyzer(AssetNetworkCache networks, IOptions<InspectOptions> options, IComponentDetector? detector = null)
    : ICaptureAnalyzer
{
    public CaptureAnalysis Analyze(CaptureJob job)
    {
        var modelPath = options.Value.DetectorModelPath;
        var noDetector = modelPath is null
            ? InspectionPipeline.NoDetectorNote
            : $"detect: skipped: a detector model is configured ({modelPath}) but this host registers no detector";
        var pipeline = new InspectionPipeline(
            PipelineStages.For(() => networks.Get(job.AssetsPath)), detector, options.Value.DefaultAmbientTemperatureCelsius, noDetector);
        return pipeline.Analyze(new CapturePair(job.CaptureId, job.RgbPath, job.ThermalPath));
    }
}
