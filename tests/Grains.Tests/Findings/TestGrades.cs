using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Vision.Thermal;
using DroneInspect.Vision.Thermal.Grading;

namespace DroneInspect.Grains.Tests.Findings;

/// <summary>Grades as the pipeline makes them: ranked by the shipped grading-rules.json.</summary>
internal static class TestGrades
{
    public const string DlT664 = "DL/T 664-2016";
    public const string NetaAmbient = "NETA-MTS-100.18-ambient";
    public const string NetaSimilar = "NETA-MTS-100.18-similar";

    public static StandardGrade Thermal(string standard, string level)
        => GradeSeverity.Of(new ThermalGrade(standard, level, $"{standard}/{level}", "test citation"), GradingRules.Default);

    /// <summary>The sighting with these grades, its headline level and rule the worst of them (as the pipeline sets them).</summary>
    public static Sighting Graded(this Sighting sighting, params StandardGrade[] grades)
    {
        var worst = GradeSeverity.Worst(grades)!;
        return sighting with { Grades = grades, Grade = worst.Level, RuleId = worst.RuleId };
    }
}
