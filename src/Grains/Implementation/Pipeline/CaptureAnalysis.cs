namespace DroneInspect.Grains.Pipeline;

/// <summary>What the pipeline made of one capture: its sightings and what each stage did or skipped, in words.</summary>
[GenerateSerializer, Immutable]
public sealed record class CaptureAnalysis(
    [property: Id(0)] string CaptureId,
    [property: Id(1)] IReadOnlyList<Sighting> Sightings,
    [property: Id(2)] IReadOnlyList<string> Notes);
