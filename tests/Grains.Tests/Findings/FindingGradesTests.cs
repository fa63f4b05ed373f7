using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Pipeline;
using static DroneInspect.Grains.Tests.Findings.TestGrades;

namespace DroneInspect.Grains.Tests.Findings;

/// <summary>A finding's grades, numbers and sightings: worst on each standard, numbers from one sighting, one sighting per capture.</summary>
public sealed class FindingGradesTests
{
    /// <summary>Substring ranking put "probable" (3) above "monitor" (2); the rules list monitor above probable.</summary>
    [Fact]
    public void OverAmbientMonitorBeatsProbableAndGivesTheFindingItsNumbers()
    {
        var findings = FindingMerger.Merge(
        [
            Hot("C1", tmax: 60, reference: 35, uncertainty: 2).Graded(Thermal(NetaAmbient, "probable-deficiency")),
            Hot("C2", tmax: 55, reference: 28, uncertainty: 3).Graded(Thermal(NetaAmbient, "monitor")),
        ]);

        var finding = Assert.Single(findings);
        Assert.Equal(("monitor", NetaAmbient, "C2"), (finding.Grade, finding.GradeStandard, finding.GradingCaptureId));
        Assert.Equal($"{NetaAmbient}/monitor", finding.RuleId);
        Assert.Equal((55.0, 28.0, 27.0), (finding.MaxTemperatureCelsius!.Value, finding.ReferenceTemperatureCelsius!.Value, finding.DeltaTKelvin!.Value));
        Assert.Equal("monitor (NETA-MTS-100.18-ambient)", finding.GradeText);
    }

    [Fact]
    public void TheFindingTakesTheWorstLevelOnEachStandard()
    {
        var findings = FindingMerger.Merge(
        [
            Hot("C1", tmax: 70, reference: 40).Graded(Thermal(NetaAmbient, "major-discrepancy"), Thermal(NetaSimilar, "probable-deficiency"), Thermal(DlT664, "general")),
            Hot("C2", tmax: 68, reference: 36).Graded(Thermal(NetaAmbient, "monitor"), Thermal(NetaSimilar, "major-discrepancy"), Thermal(DlT664, "serious")),
            Hot("C3", tmax: 66, reference: 41).Graded(Thermal(NetaAmbient, "probable-deficiency"), Thermal(DlT664, "general")),
        ]);

        var finding = Assert.Single(findings);
        Assert.Equal(
            [(NetaAmbient, "major-discrepancy"), (NetaSimilar, "major-discrepancy"), (DlT664, "serious")],
            finding.Grades.Select(g => (g.Standard, g.Level)));
        Assert.Equal(3, finding.Evidence.Count);
        Assert.All(finding.Evidence, e => Assert.NotEmpty(e.Grades));
        // The headline is a grade of the grading sighting, named with its standard, and numbers come from that sighting.
        var grading = Assert.Single(finding.Evidence, e => e.CaptureId == finding.GradingCaptureId);
        Assert.Contains(grading.Grades, g => g.Standard == finding.GradeStandard && g.Level == finding.Grade);
        Assert.Equal(grading.MaxTemperatureCelsius!.Value - grading.ReferenceTemperatureCelsius!.Value, finding.DeltaTKelvin!.Value, 9);
        Assert.Equal(grading.MaxTemperatureCelsius, finding.MaxTemperatureCelsius);
    }

    [Fact]
    public void FragmentsOfOneHotBodyInOneCaptureAreOneSightingTheWorstOne()
    {
        var findings = FindingMerger.Merge(
        [
            Hot("C1", tmax: 80, reference: 40, north: 0.0).Graded(Thermal(DlT664, "serious")),
            Hot("C1", tmax: 76, reference: 40, north: 0.3).Graded(Thermal(DlT664, "general")),
            Hot("C1", tmax: 72, reference: 40, north: 0.5).Graded(Thermal(DlT664, "general")),
            Hot("C2", tmax: 79, reference: 41, north: 0.2).Graded(Thermal(DlT664, "general")),
        ]);

        var finding = Assert.Single(findings);
        Assert.Equal(2, finding.SightingCount);
        Assert.Equal(["C1", "C2"], finding.Captures);
        Assert.Equal(["C1", "C2"], finding.Evidence.Select(e => e.CaptureId).Order());
        Assert.Equal(80, Assert.Single(finding.Evidence, e => e.CaptureId == "C1").MaxTemperatureCelsius);
        Assert.Equal(("serious", "C1"), (finding.Grade, finding.GradingCaptureId));
    }

    [Fact]
    public void WithEqualGradesTheLargerRiseGradesTheFinding()
    {
        var findings = FindingMerger.Merge(
        [
            Hot("C1", tmax: 95, reference: 45.0).Graded(Thermal(NetaSimilar, "major-discrepancy")),
            Hot("C2", tmax: 95, reference: 44.8).Graded(Thermal(NetaSimilar, "major-discrepancy")),
        ]);

        var finding = Assert.Single(findings);
        Assert.Equal("C2", finding.GradingCaptureId);
        Assert.Equal((95.0, 44.8), (finding.MaxTemperatureCelsius!.Value, finding.ReferenceTemperatureCelsius!.Value));
        Assert.Equal(50.2, finding.DeltaTKelvin!.Value, 9);
    }

    [Fact]
    public void AVisualSeriousDefectSortsWithDlT664SeriousAboveNetaAmbientProbable()
    {
        var findings = FindingMerger.Merge(
        [
            Hot("C1", tmax: 50, reference: 35, asset: "A").Graded(Thermal(NetaAmbient, "probable-deficiency")),
            new Sighting("C2", "visual", "B", "top", "serious", "visual:missing-disc", null, null, null, 47.0, 8.0, 500, 2, "asset", true, "missing-disc")
            {
                Grades = [VisualDefects.Default.StandardGradeOf("missing-disc")],
            },
        ]);

        Assert.Equal(["B", "A"], findings.Select(f => f.AssetId));
        Assert.Equal(VisualDefects.Standard, findings[0].GradeStandard);
    }

    private const double MetreOfLatitude = 1 / 111_195.0;

    private static Sighting Hot(string capture, double tmax, double reference, double uncertainty = 2, double north = 0, string asset = "P-4")
        => new(capture, "thermal", asset, "attachment/C", "ungraded", null, tmax, reference, tmax - reference,
            47.0 + (north * MetreOfLatitude), 8.0, 500, uncertainty, "asset", true, null);
}
