using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Ingestion.Tests.Thermal;

public class ThermalStatisticsTests
{
    [Fact]
    public void PixelsOutsideTheModelAreCountedNotAveraged()
    {
        float[] values = [10, float.NaN, 30, float.PositiveInfinity, 20];

        var stats = ThermalStatistics.Of(values);

        Assert.Equal((10.0, 30.0, 20.0), (stats.Min!.Value, stats.Max!.Value, stats.Mean!.Value));
        Assert.Equal((3, 2), (stats.ValidPixels, stats.InvalidPixels));
    }

    [Fact]
    public void MapWithoutAnyNumberHasNoStatistics()
    {
        var stats = ThermalStatistics.Of([float.NaN, float.NaN]);

        Assert.Null(stats.Min);
        Assert.Null(stats.Mean);
        Assert.Equal(2, stats.InvalidPixels);
    }
}
