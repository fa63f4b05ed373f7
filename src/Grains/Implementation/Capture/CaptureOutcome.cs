using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Capture;

/// <summary>Either the analysis of a capture or, when the file was bad, the reason in plain words (stage: why).</summary>
[GenerateSerializer, Immutable]
public sealed record class CaptureOutcome(
    [property: Id(0)] string CaptureId,
    [property: Id(1)] CaptureAnalysis? Analysis,
    [property: Id(2)] string? FailureReason);
