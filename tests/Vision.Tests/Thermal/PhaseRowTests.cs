using DroneInspect.Vision.Thermal;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>Without detections, the same component on the other phases (a row of evenly spaced bodies) is the reference.</summary>
public sealed class PhaseRowTests
{
    private const double AmbientCelsius = 25.0;

    /// <summary>The caller says asset-network equipment (a pole) is in view: the other phases may serve as similar components.</summary>
    private static readonly HotspotAnalysisOptions OnNetwork = HotspotAnalysisOptions.Default with { OnNetworkEquipment = _ => true };

    [Fact]
    public void HotClampIsComparedWithTheClampsOfTheOtherPhases()
    {
        var map = Pole(clampCelsius: 31f).Blob(160, 120, 10f, 2.0).Build();

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, [], OnNetwork));

        Assert.Equal(ReferenceSources.SimilarComponent, hotspot.ReferenceSource);
        Assert.Equal(31.0, hotspot.ReferenceTemperatureCelsius, 0.3);
        Assert.Equal("probable-deficiency", Assert.Single(hotspot.Grades, g => g.Standard == "NETA-MTS-100.18-similar").Level);
    }

    [Fact]
    public void HotClampAtTheEndOfTheRowFindsTheOtherTwoOnOneSide()
    {
        var map = Pole(clampCelsius: 31f).Blob(130, 120, 10f, 2.0).Build();

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, [], OnNetwork));

        Assert.Equal(ReferenceSources.SimilarComponent, hotspot.ReferenceSource);
        Assert.Equal(31.0, hotspot.ReferenceTemperatureCelsius, 0.3);
    }

    [Fact]
    public void ClampsAllWarmUnderLoadAreNotHotspots()
    {
        var map = Pole(clampCelsius: 45f).Build();

        var found = HotspotAnalyzer.Analyze(map, AmbientCelsius, [], OnNetwork);
        Assert.True(found.Count == 0, string.Join("; ", found.Select(h => $"({h.Region.MaxX},{h.Region.MaxY}) {h.Region.MaxTemperatureCelsius:0.0} ref {h.ReferenceTemperatureCelsius:0.0} {h.ReferenceSource} box {h.Region.Box}")));
    }

    [Fact]
    public void WarmClampsBesideAHotOneAreNotReportedButTheHotOneIs()
    {
        var map = Pole(clampCelsius: 45f).Blob(190, 120, 50f, 2.0).Build();

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, [], OnNetwork));

        Assert.Equal(190, hotspot.Region.MaxX);
        Assert.Equal(45.0, hotspot.ReferenceTemperatureCelsius, 0.3);
    }

    [Fact]
    public void WithoutNetworkEquipmentInViewTheOtherPhasesAreNotSimilarComponents()
    {
        var map = Pole(clampCelsius: 31f).Blob(160, 120, 10f, 2.0).Build();

        // The other clamps are warm compact bodies too; whatever is reported, the hot clamp is not compared with them.
        var unknown = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, [], HotspotAnalysisOptions.Default), h => h.Region.MaxX == 160);
        var offNetwork = Assert.Single(
            HotspotAnalyzer.Analyze(map, AmbientCelsius, [], HotspotAnalysisOptions.Default with { OnNetworkEquipment = _ => false }),
            h => h.Region.MaxX == 160);

        Assert.All([unknown, offNetwork], h => Assert.NotEqual(ReferenceSources.SimilarComponent, h.ReferenceSource));
        Assert.All([unknown, offNetwork], h => Assert.DoesNotContain(h.Grades, g => g.Standard == "NETA-MTS-100.18-similar"));
        Assert.All([unknown, offNetwork], h => Assert.Equal(h.Region.MaxTemperatureCelsius - h.ReferenceTemperatureCelsius, h.DeltaTKelvin, 9));
    }

    /// <summary>Ground at 25 C with noise, a 28 C conductor along y = 120, and three 6 x 6 clamps 30 px apart on it.</summary>
    private static SyntheticMap Pole(float clampCelsius) =>
        new SyntheticMap(320, 240, 24f)
            .Noise(0.6, seed: 3)
            .Rect(0, 119, 320, 121, 28f)
            .Rect(127, 117, 133, 123, clampCelsius)
            .Rect(157, 117, 163, 123, clampCelsius)
            .Rect(187, 117, 193, 123, clampCelsius);
}
