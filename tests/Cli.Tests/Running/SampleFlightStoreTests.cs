using System.Text.Json;
using DroneInspect.Cli.Running;
using DroneInspect.Synthetic;

namespace DroneInspect.Cli.Tests.Running;

public sealed class SampleFlightStoreTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-store-").FullName;

    [Fact]
    public void AnExistingSampleIsReusedWithoutGeneratingAgain()
    {
        var flightFolder = Directory.CreateDirectory(Path.Combine(_dataFolder, SampleFlightStore.FolderName, "flight")).FullName;
        var summary = new SampleFlightSummary(flightFolder, "assets.geojson", "customers.json", "truth.json", 4, 4, 2)
        {
            FilesVersion = SampleFlightGenerator.FilesVersion,
        };
        File.WriteAllText(SampleFlightStore.SummaryPath(_dataFolder), JsonSerializer.Serialize(summary));
        var output = new StringWriter();

        var found = SampleFlightStore.Ensure(_dataFolder, output);

        Assert.Equal(summary, found);
        Assert.Contains($"Using the sample flight in {flightFolder}", output.ToString());
    }

    [Fact]
    public void ASampleOfAnOlderVersionIsNotReused()
    {
        var flightFolder = Directory.CreateDirectory(Path.Combine(_dataFolder, SampleFlightStore.FolderName, "flight")).FullName;
        var old = new SampleFlightSummary(flightFolder, "assets.geojson", "customers.json", "truth.json", 4, 4, 2);

        Assert.False(SampleFlightStore.IsCurrent(old));
        Assert.True(SampleFlightStore.IsCurrent(old with { FilesVersion = SampleFlightGenerator.FilesVersion }));
        Assert.False(SampleFlightStore.IsCurrent(old with { FlightFolder = Path.Combine(_dataFolder, "gone"), FilesVersion = SampleFlightGenerator.FilesVersion }));
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);
}
