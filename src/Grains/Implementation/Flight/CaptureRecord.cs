using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Flight;

/// <summary>Where a capture stands: waiting, analysed, or parked after its tries.</summary>
[GenerateSerializer]
public enum CaptureStage
{
    Pending,
    Done,
    Parked,
}

/// <summary>One capture of a flight and its progress, kept in grain state so a restart skips finished captures.</summary>
[GenerateSerializer, Immutable]
public sealed record class CaptureRecord(
    [property: Id(0)] string CaptureId,
    [property: Id(1)] string? RgbPath,
    [property: Id(2)] string? ThermalPath,
    [property: Id(3)] CaptureStage Stage,
    [property: Id(4)] int Attempts,
    [property: Id(5)] string? FailureReason,
    [property: Id(6)] IReadOnlyList<Sighting> Sightings,
    [property: Id(7)] IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The effective measurement overrides (file over flight) this capture is analysed with; a later start whose
    /// overrides differ re-runs it. Null for none.
    /// </summary>
    [Id(8)]
    public ThermalOverrides? Overrides { get; init; }
}
