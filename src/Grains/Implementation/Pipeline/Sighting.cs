using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// One hotspot or defect seen in one capture and placed in the world. Degrees WGS84, altitude metres above sea level;
/// temperatures Celsius when <see cref="Absolute"/>, sensor counts otherwise. <see cref="Kind"/> is "thermal" or "visual"
/// (a detector class from an RGB capture: no temperatures, <see cref="Label"/> the class name).
/// </summary>
/// <param name="PlacementMethod">"asset", "ground" (from the locator) or "camera-position" (no pose: the drone's own position).</param>
[GenerateSerializer, Immutable]
public sealed record class Sighting(
    [property: Id(0)] string CaptureId,
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
    [property: Id(13)] string PlacementMethod,
    [property: Id(14)] bool Absolute,
    [property: Id(15)] string? Label)
{
    /// <summary>The detector's confidence (0..1) for a visual sighting; null for thermal ones.</summary>
    [Id(16)]
    public float? Score { get; init; }

    /// <summary>Pixel (x right, y down) of the capture's image or temperature map the sighting was placed from.</summary>
    [Id(17)]
    public double? PixelX { get; init; }

    [Id(18)]
    public double? PixelY { get; init; }

    /// <summary>DL/T 664 relative temperature difference delta_t, percent; null under a 10 K rise, without a component reference, or for visual sightings.</summary>
    [Id(19)]
    public double? RelativeDifferencePercent { get; init; }

    /// <summary>
    /// Every grade the sighting got, one per standard that could grade it (NETA over-ambient, NETA similar, DL/T 664;
    /// the visual scale for visual sightings), each with its rank on its scale. <see cref="Grade"/> and
    /// <see cref="RuleId"/> are the headline among them (<see cref="GradeSeverity.Worst"/>).
    /// </summary>
    [Id(20)]
    public IReadOnlyList<StandardGrade> Grades { get; init; } = [];

    /// <summary>What the reference is: "similar-component", "surroundings", "ambient" (or "scene-median" on a counts map); null for visual sightings.</summary>
    [Id(21)]
    public string? ReferenceSource { get; init; }

    /// <summary>The ambient air temperature the over-ambient and DL/T 664 grades used, Celsius; null on a counts map or for visual sightings.</summary>
    [Id(22)]
    public double? AmbientTemperatureCelsius { get; init; }

    /// <summary>Where the evidence kept at analysis time lies (see <see cref="EvidenceFiles"/>); null when none was kept.</summary>
    [Id(23)]
    public string? EvidenceId { get; init; }

    /// <summary>When the capture was taken (EXIF DateTimeOriginal with its offset, or the FLIR record's time); null when the file does not say.</summary>
    [Id(24)]
    public DateTimeOffset? CapturedAtUtc { get; init; }

    /// <summary>Where <see cref="AmbientTemperatureCelsius"/> came from: "option", "file", "assumed" or "scene" (see AmbientAir); null with it.</summary>
    [Id(25)]
    public string? AmbientSource { get; init; }

    /// <summary>
    /// This sighting with every non-finite number (a counts map has no rise over ambient: NaN) as null, so JSON
    /// writers and merging never meet NaN or infinity.
    /// </summary>
    public Sighting WithFiniteNumbers() => this with
    {
        MaxTemperatureCelsius = Finite(MaxTemperatureCelsius),
        ReferenceTemperatureCelsius = Finite(ReferenceTemperatureCelsius),
        DeltaTKelvin = Finite(DeltaTKelvin),
        PixelX = Finite(PixelX),
        PixelY = Finite(PixelY),
        RelativeDifferencePercent = Finite(RelativeDifferencePercent),
        AmbientTemperatureCelsius = Absolute ? Finite(AmbientTemperatureCelsius) : null,
        AmbientSource = Absolute && Finite(AmbientTemperatureCelsius) is not null ? AmbientSource : null,
    };

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
