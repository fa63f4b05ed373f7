using DroneInspect.Synthetic;
using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>The sample flight (seed 42) generated once for a test class, with its ground truth; removed afterwards.</summary>
public sealed class SampleFlightFixture : IDisposable
{
    public SampleFlightFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "vision-sample-" + Guid.NewGuid().ToString("N"));
        Summary = SampleFlightGenerator.Generate(Root, 42);
        Truth = GroundTruthWriter.Read(Summary.GroundTruthPath);
    }

    public string Root { get; }

    public SampleFlightSummary Summary { get; }

    public GroundTruth Truth { get; }

    public string FilePath(string file) => Path.Combine(Summary.FlightFolder, file);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
