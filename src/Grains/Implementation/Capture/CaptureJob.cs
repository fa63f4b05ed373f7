using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Capture;

/// <summary>One capture to analyse against the asset network at <see cref="AssetsPath"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record class CaptureJob(
    [property: Id(0)] string CaptureId,
    [property: Id(1)] string? RgbPath,
    [property: Id(2)] string? ThermalPath,
    [property: Id(3)] string AssetsPath)
{
    /// <summary>The measurement overrides the thermal file is decoded with (file over flight); null for none.</summary>
    [Id(4)]
    public ThermalOverrides? Overrides { get; init; }
}
