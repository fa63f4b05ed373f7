using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Tests.Findings;

/// <summary>Merging by position and uncertainty: one finding per defect, whatever label each capture's placement gave.</summary>
public sealed class SightingMergeTests
{
    private const double MetreOfLatitude = 1 / 111_195.0;

    [Fact]
    public void OneHotspotSeenAsTopAndAsAttachmentFromThreeCapturesIsOneFindingWithAllEvidence()
    {
        var findings = FindingMerger.Merge(
        [
            At("C1", "P-7", "top", north: 0.0, uncertainty: 4.3) with { PixelX = 320.5, PixelY = 240.5, MaxTemperatureCelsius = 61 },
            At("C2", "P-7", "attachment/B", north: 0.8, uncertainty: 3.9) with { PixelX = 101.5, PixelY = 77.5, MaxTemperatureCelsius = 64 },
            At("C3", "P-7", "top", north: -1.2, uncertainty: 4.6) with { PixelX = 500.5, PixelY = 12.5, MaxTemperatureCelsius = 59 },
        ]);

        var finding = Assert.Single(findings);
        Assert.Equal(("P-7", "attachment/B", 3), (finding.AssetId, finding.Component, finding.SightingCount));
        Assert.Equal(["C1", "C2", "C3"], finding.Captures);
        Assert.Equal(64, finding.MaxTemperatureCelsius);
        Assert.Equal(3.9, finding.UncertaintyMeters);
        Assert.Equal(3, finding.Evidence.Count);
        var fromC2 = Assert.Single(finding.Evidence, e => e.CaptureId == "C2");
        Assert.Equal((101.5, 77.5, 64.0, "attachment/B"), (fromC2.PixelX!.Value, fromC2.PixelY!.Value, fromC2.MaxTemperatureCelsius!.Value, fromC2.Component!));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(4.0)]
    public void DifferentPhasesOnePointFourMetresApartNeverMerge(double uncertainty)
    {
        var findings = FindingMerger.Merge(
        [
            At("C1", "P-7", "attachment/A", north: 0, uncertainty),
            At("C1", "P-7", "attachment/C", north: 1.4, uncertainty),
            At("C2", "P-7", "attachment/A", north: 0.1, uncertainty),
            At("C2", "P-7", "attachment/C", north: 1.3, uncertainty),
        ]);

        Assert.Equal(2, findings.Count);
        Assert.Equal(["attachment/A", "attachment/C"], findings.Select(f => f.Component).Order());
        Assert.All(findings, f => Assert.Equal(2, f.SightingCount));
    }

    [Fact]
    public void WellLocatedHotspotsWithoutPhaseOnePointFourMetresApartStayApart()
    {
        var findings = FindingMerger.Merge(
        [
            At("C1", "P-7", "top", north: 0, uncertainty: 0.4),
            At("C1", "P-7", "top", north: 1.4, uncertainty: 0.4),
        ]);

        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void SightingWithoutPhaseBetweenTwoPhasesDoesNotChainThemTogether()
    {
        var findings = FindingMerger.Merge(
        [
            At("C1", "P-7", "attachment/A", north: 0, uncertainty: 3),
            At("C2", "P-7", "top", north: 0.7, uncertainty: 3.5),
            At("C3", "P-7", "attachment/C", north: 1.4, uncertainty: 3),
        ]);

        Assert.Equal(2, findings.Count);
        Assert.Equal(3, findings.Sum(f => f.SightingCount));
        Assert.DoesNotContain(findings, f => f.Evidence.Any(e => e.Component == "attachment/A") && f.Evidence.Any(e => e.Component == "attachment/C"));
    }

    [Fact]
    public void TwoHotspotsFarApartOnOneConductorStaySeparate()
    {
        var findings = FindingMerger.Merge(
        [
            At("C1", "F3", "conductor/A", north: 0, uncertainty: 4),
            At("C2", "F3", "conductor/A", north: 40, uncertainty: 4),
        ]);

        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void ACoolNeighbourPlacedNextToAHotClampIsAFindingOfItsOwn()
    {
        var findings = FindingMerger.Merge(
        [
            At("C5", "P-4", "top", north: 0.0, uncertainty: 4.4) with { MaxTemperatureCelsius = 95, DeltaTKelvin = 68.5 },
            At("C6", "P-4", "attachment/C", north: 0.5, uncertainty: 4.0) with { MaxTemperatureCelsius = 95, DeltaTKelvin = 68.5 },
            At("C5", "P-4", "top", north: 1.0, uncertainty: 4.4) with { MaxTemperatureCelsius = 45, DeltaTKelvin = 18.6 },
        ]);

        Assert.Equal(2, findings.Count);
        Assert.Equal((95.0, 2), (findings[0].MaxTemperatureCelsius!.Value, findings[0].SightingCount));
        Assert.Equal((45.0, 1), (findings[1].MaxTemperatureCelsius!.Value, findings[1].SightingCount));
    }

    [Fact]
    public void MergeDistanceGrowsWithUncertaintyWithinItsBounds()
    {
        Assert.Equal(FindingMerger.MinMergeDistanceMeters, FindingMerger.MergeDistanceMeters(At("a", "P", "top", 0, 0.2), At("b", "P", "top", 0, 0.4)));
        Assert.Equal(3.5, FindingMerger.MergeDistanceMeters(At("a", "P", "top", 0, 3), At("b", "P", "top", 0, 4)), 6);
        Assert.Equal(FindingMerger.MaxMergeDistanceMeters, FindingMerger.MergeDistanceMeters(At("a", "P", "top", 0, 30), At("b", "P", "top", 0, 40)));
    }

    private static Sighting At(string capture, string asset, string component, double north, double uncertainty)
        => new(capture, "thermal", asset, component, "general", "rule-1", 50, 40, 10, 47.0 + (north * MetreOfLatitude), 8.0, 500,
            uncertainty, "asset", true, null);
}
