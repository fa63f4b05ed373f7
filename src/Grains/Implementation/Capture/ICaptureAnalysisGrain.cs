namespace DroneInspect.Grains.Capture;

/// <summary>Runs the inspection pipeline on one capture; a stateless worker, so captures run in parallel on every silo.</summary>
public interface ICaptureAnalysisGrain : IGrainWithIntegerKey
{
    Task<CaptureOutcome> Analyze(CaptureJob job);
}
