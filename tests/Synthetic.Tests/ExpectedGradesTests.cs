using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Synthetic.Tests;

public sealed class ExpectedGradesTests
{
    [Fact]
    public void HotspotOnClampIsGradedSeriousAbove80C() => Assert.Equal("serious", ExpectedGrades.Dlt664(95, 45, 25));

    [Fact]
    public void HotspotAbove110CIsCritical() => Assert.Equal("critical", ExpectedGrades.Dlt664(125, 35, 25));

    [Fact]
    public void RelativeRuleIsNotUsedBelowTenKelvinRise() => Assert.Equal("normal", ExpectedGrades.Dlt664(32, 26, 25));

    [Fact]
    public void RelativeDifferenceAbove35PercentIsGeneral() => Assert.Equal("general", ExpectedGrades.Dlt664(41, 31, 25));

    [Theory]
    [InlineData(0.5, "none")]
    [InlineData(2.5, "possible-deficiency")]
    [InlineData(4.0, "probable-deficiency")]
    [InlineData(15.0, "probable-deficiency")]
    [InlineData(15.5, "major-discrepancy")]
    public void SimilarComponentScaleFollowsNeta(double deltaKelvin, string expected) =>
        Assert.Equal(expected, ExpectedGrades.NetaSimilar(deltaKelvin));

    [Theory]
    [InlineData(5.5, "possible-deficiency")]
    [InlineData(12, "probable-deficiency")]
    [InlineData(30, "monitor")]
    [InlineData(41, "major-discrepancy")]
    public void OverAmbientScaleFollowsNeta(double riseKelvin, string expected) =>
        Assert.Equal(expected, ExpectedGrades.NetaAmbient(riseKelvin));
}
