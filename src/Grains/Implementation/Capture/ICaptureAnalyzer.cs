using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Capture;

/// <summary>
/// The silo service a capture worker calls. The default runs <see cref="InspectionPipeline"/>; tests swap in their own
/// to exercise the grains without camera files. Throws <see cref="CaptureFailedException"/> for a bad capture.
/// </summary>
public interface ICaptureAnalyzer
{
    CaptureAnalysis Analyze(CaptureJob job);
}
