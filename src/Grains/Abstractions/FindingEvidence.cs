namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// One capture's sighting of a finding (fragments of one hot body in one capture are one sighting, the one that graded
/// it): the pixel it was seen at (x right, y down; null when unknown), its temperatures (Celsius, or counts for a
/// relative map: then Tmax - reference = delta-T in counts), its headline grade and every grade, the component the
/// placement gave, and the placed position (degrees WGS84, metres above sea level) with its uncertainty radius in metres.
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
    [property: Id(11)] double UncertaintyMeters)
{
    /// <summary>Every grade this capture's sighting got, one per standard.</summary>
    [Id(12)]
    public IReadOnlyList<StandardGrade> Grades { get; init; } = [];

    /// <summary>DL/T 664 delta_t of this sighting, percent; null where the standard does not apply.</summary>
    [Id(13)]
    public double? RelativeDifferencePercent { get; init; }

    /// <summary>The standard of <see cref="Grade"/>; null when unrecorded.</summary>
    [Id(14)]
    public string? GradeStandard { get; init; }

    /// <summary>What the reference is: "similar-component", "surroundings", "ambient", "scene-median"; null when unrecorded.</summary>
    [Id(15)]
    public string? ReferenceSource { get; init; }

    /// <summary>The ambient air temperature this sighting's grades used, Celsius; null on a counts map or when unrecorded.</summary>
    [Id(16)]
    public double? AmbientTemperatureCelsius { get; init; }

    /// <summary>Where this sighting's evidence (palette image, temperature tile, RGB crop) lies, see <see cref="EvidenceFiles"/>; null when none was kept.</summary>
    [Id(17)]
    public string? EvidenceId { get; init; }

    /// <summary>When the capture was taken; null when its file does not say (or it was analysed before times were kept).</summary>
    [Id(18)]
    public DateTimeOffset? CapturedAtUtc { get; init; }

    /// <summary>Where the ambient temperature came from: "option", "file", "assumed" or "scene"; null without one.</summary>
    [Id(19)]
    public string? AmbientSource { get; init; }
}
