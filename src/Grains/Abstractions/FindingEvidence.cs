namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// One capture's sighting of a finding: the pixel it was seen at (x right, y down; null when unknown), its temperatures
/// (Celsius, or counts for a relative map), grade, the component the placement gave, and the placed position (degrees
/// WGS84, metres above sea level) with its uncertainty radius in metres.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record class FindingEvidence(
    [property: Id(0)] string CaptureId,
    [property: Id(1)] double? PixelX,
    [property: Id(2)] double? PixelY,
    [property: Id(3)] double? MaxTemperatureCelsius,
    [property: Id(4)] double? ReferenceTemperatureCelsius,
    [property: Id(5)] double? DeltaTKelvin,
    [property: Id(6)] string Grade,
    [property: Id(7)] string? Component,
    [property: Id(8)] double LatitudeDegrees,
    [property: Id(9)] double LongitudeDegrees,
    [property: Id(10)] double AltitudeMeters,
    [property: Id(11)] double UncertaintyMeters);
