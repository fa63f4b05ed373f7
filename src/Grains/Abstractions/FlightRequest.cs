namespace DroneInspect.Grains.Abstractions;

/// <summary>What to analyse: a flight folder, the utility's asset network, its customers, and where outputs go.</summary>
[GenerateSerializer, Immutable]
public sealed record class FlightRequest(
    [property: Id(0)] string FlightFolder,
    [property: Id(1)] string AssetsPath,
    [property: Id(2)] string? CustomersPath,
    [property: Id(3)] string OutputFolder);
