namespace DroneInspect.Grains.Abstractions;

public enum FlightState
{
    NotStarted,
    Running,
    Completed,
    Failed,
}

/// <summary>Progress of a flight through the pipeline; <see cref="Problems"/> are per-file reasons (the flight goes on).</summary>
[GenerateSerializer, Immutable]
public sealed record class FlightStatus(
    [property: Id(0)] string FlightId,
    [property: Id(1)] FlightState State,
    [property: Id(2)] int CapturesTotal,
    [property: Id(3)] int CapturesDone,
    [property: Id(4)] int CapturesFailed,
    [property: Id(5)] IReadOnlyList<string> Problems,
    [property: Id(6)] int FindingCount);
