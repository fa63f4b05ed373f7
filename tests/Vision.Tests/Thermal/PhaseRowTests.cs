using DroneInspect.Vision.Thermal;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>Without detections, the same component on the other phases (a row of evenly spaced bodies) is the reference.</summary>
public sealed class PhaseRowTests
{
    private const double AmbientCelsius = 25.0;

    [Fact]
    public void HotClampIsComparedWithTheClampsOfTheOtherPhases()
    {
        var map = Pole(clampCelsius: 31f).Blob(160, 120, 10f, 2.0).Build();

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, []));

        Assert.Equal(ReferenceSources.SimilarComponent, hotspot.ReferenceSource);
        Assert.Equal(31.0, hotspot.ReferenceTemperatureCelsius, 0.3);
        Assert.Equal("probable-deficiency", Assert.Single(hotspot.Grades, g => g.Standard == "NETA-MTS-100.18-similar").Level);
    }

    [Fact]
    public void HotClampAtTheEndOfTheRowFindsTheOtherTwoOnOneSide()
    {
        var map = Pole(clampCelsius: 31f).Blob(130, 120, 10f, 2.0).Build();

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, []));

        Assert.Equal(ReferenceSources.SimilarComponent, hotspot.ReferenceSource);
        Assert.Equal(31.0, hotspot.ReferenceTemperatureCelsius, 0.3);
    }

    [Fact]
    public void ClampsAllWarmUnderLoadAreNotHotspots()
    {
        var map = Pole(clampCelsius: 45f).Build();

        var found = HotspotAnalyzer.Analyze(map, AmbientCelsius, []);
        Assert.True(found.Count == 0, string.Join("; ", found.Select(h => $"({h.Region.MaxX},{h.Region.MaxY}) {h.Region.MaxTemperatureCelsius:0.0} ref {h.ReferenceTemperatureCelsius:0.0} {h.ReferenceSource} box {h.Region.Box}")));
    }

    [Fact]
    public void WarmClampsBesideAHotOneAreNotReportedButTheHotOneIs()
    {
        var map = Pole(clampCelsius: 45f).Blob(190, 120, 50f, 2.0).Build();

        var hotspot = Assert.Single(HotspotAnalyzer.Analyze(map, AmbientCelsius, []));

        Assert.Equal(190, hotspot.Region.MaxX);
        Assert.Equal(45.0, hotspot.ReferenceTemperatureCelsius, 0.3);
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
