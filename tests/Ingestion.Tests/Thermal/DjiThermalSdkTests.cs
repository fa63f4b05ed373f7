using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Dji;

namespace DroneInspect.Ingestion.Tests.Thermal;

/// <summary>Runs only where DRONEINSPECT_DJI_TSDK names the DJI Thermal SDK (and the samples exist).</summary>
public sealed class DjiSdkFactAttribute : FactAttribute
{
    public DjiSdkFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DjiThermalSdk.PathVariable)))
        {
            Skip = DjiThermalSdk.NotConfiguredReason;
        }
        else if (SharedData.Root is null)
        {
            Skip = SharedData.MissingReason;
        }
    }
}

public class DjiThermalSdkTests
{
    [DjiSdkFact]
    public void M30TDecodesToPlausibleCelsiusWithTheSdk()
    {
        var image = ThermalDecoder.Decode(SharedData.File("dji_thermal/M30T/DJI_0001_R.JPG"));

        Assert.True(image.Map.IsAbsolute, DjiThermalSdk.ConfiguredProblem);
        Assert.Null(image.Note);
        Assert.Equal((640, 512), (image.Map.Width, image.Map.Height));
        Assert.All(image.Map.Values, v => Assert.InRange(v, -40f, 150f));
        Assert.True(image.Map.Values.Max() > image.Map.Values.Min());
    }

    [Fact]
    public void UnsetLocationIsNotConfigured()
    {
        Assert.Null(DjiThermalSdk.TryLoad(null, out var reason));
        Assert.Equal(DjiThermalSdk.NotConfiguredReason, reason);
    }

    [Fact]
    public void FolderWithoutTheLibrarySaysWhereItLooked()
    {
        using var temp = new TempFolder();

        Assert.Null(DjiThermalSdk.TryLoad(temp.Path, out var reason));
        Assert.Contains(Path.Combine(temp.Path, "libdirp.so"), reason);
    }

    [SharedDataFact]
    public void WithoutTheSdkDjiMapsAreCountsWithTheReason()
    {
        if (DjiThermalSdk.Configured is not null)
        {
            Assert.True(ThermalDecoder.Decode(SharedData.File("dji_thermal/M3T/DJI_0001_R.JPG")).Map.IsAbsolute);
            return;
        }

        var image = ThermalDecoder.Decode(SharedData.File("dji_thermal/M3T/DJI_0001_R.JPG"));

        Assert.False(image.Map.IsAbsolute);
        Assert.Equal(DjiThermalSdk.ConfiguredProblem, image.Note);
        Assert.StartsWith("DJI Thermal SDK", image.Note);
    }
}
