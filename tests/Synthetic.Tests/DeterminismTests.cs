namespace DroneInspect.Synthetic.Tests;

[Collection(SampleFlightCollection.Name)]
public sealed class DeterminismTests(SampleFlightFixture flight) : IDisposable
{
    private const int Captures = 2;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "synthetic-determinism-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void SameSeedGivesIdenticalBytes()
    {
        var again = SampleFlightGenerator.Generate(Path.Combine(_directory, "same"), SampleFlightFixture.Seed, null, Captures);
        var files = Directory.GetFiles(again.FlightFolder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2 * Captures, files.Count);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(flight.FilePath(file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again.FlightFolder, file!))),
                $"{file} differs between two runs with the same seed");
        }

        Assert.Equal(File.ReadAllBytes(flight.Summary.AssetsPath), File.ReadAllBytes(again.AssetsPath));
        Assert.Equal(File.ReadAllBytes(flight.Summary.CustomersPath), File.ReadAllBytes(again.CustomersPath));
    }

    [Fact]
    public void DifferentSeedGivesDifferentFlight()
    {
        var other = SampleFlightGenerator.Generate(Path.Combine(_directory, "other"), 7, null, Captures);
        var rgb = Directory.GetFiles(other.FlightFolder, "*_W.JPG").Order().First();
        var thermal = Directory.GetFiles(other.FlightFolder, "*_T.*").Order().First();
        Assert.False(File.ReadAllBytes(rgb).AsSpan().SequenceEqual(File.ReadAllBytes(flight.FilePath(Path.GetFileName(rgb)))));
        Assert.False(File.ReadAllBytes(thermal).AsSpan().SequenceEqual(File.ReadAllBytes(flight.FilePath(Path.GetFileName(thermal)))));
        Assert.NotEqual(File.ReadAllBytes(flight.Summary.AssetsPath), File.ReadAllBytes(other.AssetsPath));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
