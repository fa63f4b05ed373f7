using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Tests;

/// <summary>Builds findings and statuses with only the fields a test cares about.</summary>
internal static class TestFindings
{
    /// <summary>A thermal finding graded <paramref name="grade"/> on DL/T 664 (general 1/3, serious 2/3, critical 1 of its scale).</summary>
    public static Finding Thermal(string id, string grade, double? tmaxCelsius, double? deltaTKelvin, bool absolute = true,
        string? assetId = "T-101", string? component = "clamp", int sightings = 2, double? referenceCelsius = 30.0) =>
        new(id, "thermal", assetId, component, grade, "rule", tmaxCelsius, referenceCelsius, deltaTKelvin,
            LatitudeDegrees: 47.1, LongitudeDegrees: 8.5, AltitudeMeters: 12.0, UncertaintyMeters: 1.5,
            SightingCount: sightings, Captures: ["a.jpg"], Absolute: absolute, Label: null)
        {
            GradeStandard = absolute ? DlT664 : grade,
            Grades = [new StandardGrade(absolute ? DlT664 : grade, grade, "rule", null, Array.IndexOf(DlT664Levels, grade), absolute ? DlT664Levels.Length : 0)],
        };

    public const string DlT664 = "DL/T 664-2016";

    private static readonly string[] DlT664Levels = ["normal", "general", "serious", "critical"];

    public static FlightStatus Status(FlightState state, int total, int done, int failed = 0, int findings = 0) =>
        new("f1", state, total, done, failed, [], findings);
}
