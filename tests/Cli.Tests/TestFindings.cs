using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Tests;

/// <summary>Builds findings and statuses with only the fields a test cares about.</summary>
internal static class TestFindings
{
    public static Finding Thermal(string id, string grade, double? tmaxCelsius, double? deltaTKelvin, bool absolute = true,
        string? assetId = "T-101", string? component = "clamp", int sightings = 2) =>
        new(id, "thermal", assetId, component, grade, "rule", tmaxCelsius, 30.0, deltaTKelvin,
            LatitudeDegrees: 47.1, LongitudeDegrees: 8.5, AltitudeMeters: 12.0, UncertaintyMeters: 1.5,
            SightingCount: sightings, Captures: ["a.jpg"], Absolute: absolute, Label: null);

    public static FlightStatus Status(FlightState state, int total, int done, int failed = 0, int findings = 0) =>
        new("f1", state, total, done, failed, [], findings);
}
