using DroneInspect.Grains.Pipeline;
using Orleans.Concurrency;

namespace DroneInspect.Grains.Capture;

/// <summary>
/// CPU-heavy analysis of one capture. A stateless worker: up to one activation per core on each silo, so a flight's
/// captures spread over the cluster while the flight grain stays responsive.
/// </summary>
[StatelessWorker]
public sealed class CaptureAnalysisGrain(ICaptureAnalyzer analyzer) : Grain, ICaptureAnalysisGrain
{
    public Task<CaptureOutcome> Analyze(CaptureJob job)
    {
        try
        {
            return Task.FromResult(new CaptureOutcome(job.CaptureId, analyzer.Analyze(job), null));
        }
        catch (CaptureFailedException ex)
        {
            return Task.FromResult(new CaptureOutcome(job.CaptureId, null, ex.Message));
        }
    }
}
