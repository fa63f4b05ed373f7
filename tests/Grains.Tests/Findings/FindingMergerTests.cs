using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Tests.Findings;

public sealed class FindingMergerTests
{
    [Fact]
    public void SightingsOfOneAssetComponentMergeAndWorstGradeWins()
    {
        var findings = FindingMerger.Merge(
        [
            Sighting("C1", "T-12", "clamp", "general", tmax: 60, deltaT: 12, uncertainty: 3),
            Sighting("C2", "T-12", "clamp", "critical", tmax: 58, deltaT: 25, uncertainty: 1.5),
            Sighting("C3", "T-12", "clamp", "serious", tmax: 71, deltaT: 20, uncertainty: 4),
        ]);

        var finding = Assert.Single(findings);
        Assert.Equal(("critical", TestGrades.DlT664), (finding.Grade, finding.GradeStandard));
        Assert.Equal(3, finding.SightingCount);
        Assert.Equal("C2", finding.GradingCaptureId);
        Assert.Equal((58.0, 33.0, 25.0), (finding.MaxTemperatureCelsius!.Value, finding.ReferenceTemperatureCelsius!.Value, finding.DeltaTKelvin!.Value));
        Assert.Equal(1.5, finding.UncertaintyMeters);
        Assert.Equal(["C1", "C2", "C3"], finding.Captures);
        Assert.Equal(FindingIdentity.Mint(finding), finding.Id);
        Assert.StartsWith("T-12-t", finding.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentPhasesOrKindsStaySeparate()
    {
        var findings = FindingMerger.Merge(
        [
            Sighting("C1", "T-12", "attachment/A", "general"),
            Sighting("C1", "T-12", "attachment/C", "general"),
            Sighting("C2", "T-12", "attachment/A", "general") with { Kind = "visual" },
        ]);

        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void GroundSightingsCloserThanTwoMetresMerge()
    {
        const double metreOfLatitude = 1 / 111_195.0;
        var findings = FindingMerger.Merge(
        [
            Sighting("C1", null, null, "general") with { LatitudeDegrees = 47.0 },
            Sighting("C2", null, null, "serious") with { LatitudeDegrees = 47.0 + (1.5 * metreOfLatitude) },
            Sighting("C3", null, null, "general") with { LatitudeDegrees = 47.0 + (10 * metreOfLatitude) },
        ]);

        Assert.Equal(2, findings.Count);
        Assert.Equal("serious", findings[0].Grade);
        Assert.Equal(2, findings[0].SightingCount);
        Assert.Equal(1, findings[1].SightingCount);
    }

    [Fact]
    public void FindingsAreOrderedMostSevereFirst()
    {
        var findings = FindingMerger.Merge(
        [
            Sighting("C1", "A", "clamp", "general"),
            Sighting("C2", "B", "clamp", "critical"),
            Sighting("C3", "C", "clamp", GradeSeverity.Ungraded),
            Sighting("C4", "D", "clamp", "serious"),
        ]);

        Assert.Equal(["B", "D", "A", "C"], findings.Select(f => f.AssetId));
        Assert.Equal(["B-t", "D-t", "A-t", "C-t"], findings.Select(f => f.Id[..3])); // ids name the asset, not the rank
    }

    /// <summary>Celsius and sensor counts are never one finding's numbers: such sightings stay apart, each finding in one unit.</summary>
    [Fact]
    public void RelativeAndAbsoluteSightingsStayApart()
    {
        var findings = FindingMerger.Merge(
        [
            Sighting("C1", "T-1", "clamp", "general"),
            Sighting("C2", "T-1", "clamp", "general") with { Absolute = false },
        ]);

        Assert.Equal(2, findings.Count);
        Assert.Single(findings, f => !f.Absolute && f.Captures.SequenceEqual(["C2"]));
    }

    [Fact]
    public void VisualSightingsWithoutTemperaturesMergeByAssetAndComponentApartFromThermalOnes()
    {
        var findings = FindingMerger.Merge(
        [
            Visual("C1", "bird-nest", "general"),
            Visual("C2", "missing-disc", "serious"),
            Sighting("C2", "T-12", "top", "general", tmax: 60, deltaT: 15),
        ]);

        Assert.Equal(2, findings.Count);
        var visual = findings[0];
        Assert.Equal(("visual", "T-12", "top", "serious", "missing-disc"), (visual.Kind, visual.AssetId, visual.Component, visual.Grade, visual.Label));
        Assert.Equal(2, visual.SightingCount);
        Assert.Null(visual.MaxTemperatureCelsius);
        Assert.Null(visual.DeltaTKelvin);
        Assert.Equal("thermal", findings[1].Kind);
    }

    private static Sighting Visual(string capture, string className, string grade)
        => new(capture, "visual", "T-12", "top", grade, null, null, null, null, 47.0, 8.0, 500, 2, "asset", true, className)
        {
            Score = 0.8f,
            Grades = [new(VisualDefects.Standard, grade, VisualDefects.RuleIdOf(className), null, VisualDefects.Levels.ToList().IndexOf(grade), VisualDefects.Levels.Count)],
        };

    /// <summary>A thermal sighting graded on DL/T 664 (ungraded: no grade at all).</summary>
    private static Sighting Sighting(string capture, string? asset, string? component, string grade, double tmax = 50, double deltaT = 10, double uncertainty = 2)
    {
        var sighting = new Sighting(capture, "thermal", asset, component, grade, "rule-1", tmax, tmax - deltaT, deltaT, 47.0, 8.0, 500, uncertainty,
            asset is null ? "ground" : "asset", true, null);
        return grade == GradeSeverity.Ungraded ? sighting : sighting.Graded(TestGrades.Thermal(TestGrades.DlT664, grade));
    }
}
