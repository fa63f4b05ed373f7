using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Synthetic.Tests;

/// <summary>One generated flight (seed 42) shared by the tests of a class; deleted afterwards.</summary>
public sealed class SampleFlightFixture : IDisposable
{
    public const int Seed = 42;

    public SampleFlightFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "synthetic-tests-" + Guid.NewGuid().ToString("N"));
        Summary = SampleFlightGenerator.Generate(Directory, Seed);
        Truth = GroundTruthWriter.Read(Summary.GroundTruthPath);
    }

    public string Directory { get; }

    public SampleFlightSummary Summary { get; }

    public GroundTruth Truth { get; }

    public string FilePath(string fileName) => Path.Combine(Summary.FlightFolder, fileName);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SampleFlightCollection : ICollectionFixture<SampleFlightFixture>
{
    public const string Name = "sample flight";
}
