using System.Text.Json.Serialization;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Output;

namespace DroneInspect.Viewer.Api;

/// <summary>A GeoJSON (RFC 7946) FeatureCollection of findings.</summary>
public sealed record GeoJsonFeatureCollection(IReadOnlyList<GeoJsonFeature> Features)
{
    [JsonPropertyOrder(-1)]
    public string Type => "FeatureCollection";
}

/// <summary>One finding as a point feature; the finding's fields are its properties.</summary>
public sealed record GeoJsonFeature(string Id, GeoJsonPoint Geometry, GeoJsonFindingProperties Properties)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Feature";

    public static GeoJsonFeature FromFinding(string flightId, Finding finding) => new(
        finding.Id,
        new GeoJsonPoint([finding.LongitudeDegrees, finding.LatitudeDegrees, finding.AltitudeMeters]),
        new GeoJsonFindingProperties(
            flightId,
            finding.Kind,
            finding.Grade,
            finding.RuleId,
            finding.AssetId,
            finding.Component,
            Finite(finding.MaxTemperatureCelsius),
            Finite(finding.ReferenceTemperatureCelsius),
            Finite(finding.DeltaTKelvin),
            finding.Absolute,
            finding.SightingCount,
            finding.UncertaintyMeters,
            finding.Label,
            FindingsGeoJsonWriter.UnitOf(finding),
            Finite(finding.RelativeDifferencePercent)));

    /// <summary>JSON has no NaN: a value that is not a number is no value.</summary>
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}

/// <summary>RFC 7946 position order: longitude, latitude (degrees WGS84), then altitude in meters.</summary>
public sealed record GeoJsonPoint(IReadOnlyList<double> Coordinates)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Point";
}

/// <summary>Properties of a finding feature; temperatures Celsius (counts when <see cref="Absolute"/> is false).</summary>
/// <param name="Unit">"celsius", "counts" (a relative map: uncalibrated sensor counts), or null without temperatures.</param>
/// <param name="RelativeDifferencePercent">DL/T 664 delta_t, percent; null where the standard does not apply (rise under 10 K, no similar component).</param>
public sealed record GeoJsonFindingProperties(
    string FlightId,
    string Kind,
    string Grade,
    string? RuleId,
    string? AssetId,
    string? Component,
    double? MaxTemperatureCelsius,
    double? ReferenceTemperatureCelsius,
    double? DeltaTKelvin,
    bool Absolute,
    int SightingCount,
    double UncertaintyMeters,
    string? Label,
    string? Unit = null,
    double? RelativeDifferencePercent = null);
