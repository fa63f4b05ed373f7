namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// One finding on one asset component, merged from its sightings. Degrees WGS84; temperatures Celsius (or counts
/// when <see cref="Absolute"/> is false); <see cref="Kind"/> is "thermal" or "visual".
/// </summary>
[GenerateSerializer, Immutable]
public sealed record class Finding(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? AssetId,
    [property: Id(3)] string? Component,
    [property: Id(4)] string Grade,
    [property: Id(5)] string? RuleId,
    [property: Id(6)] double? MaxTemperatureCelsius,
    [property: Id(7)] double? ReferenceTemperatureCelsius,
    [property: Id(8)] double? DeltaTKelvin,
    [property: Id(9)] double LatitudeDegrees,
    [property: Id(10)] double LongitudeDegrees,
    [property: Id(11)] double AltitudeMeters,
    [property: Id(12)] double UncertaintyMeters,
    [property: Id(13)] int SightingCount,
    [property: Id(14)] IReadOnlyList<string> Captures,
    [property: Id(15)] bool Absolute,
    [property: Id(16)] string? Label)
{
    /// <summary>Every sighting merged into this finding, best located first: where and how each capture saw it.</summary>
    [Id(17)]
    public IReadOnlyList<FindingEvidence> Evidence { get; init; } = [];

    /// <summary>DL/T 664 relative temperature difference delta_t (percent) of the worst sighting that has one; null when none does.</summary>
    [Id(18)]
    public double? RelativeDifferencePercent { get; init; }
}
