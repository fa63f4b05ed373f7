using DroneInspect.Synthetic;
using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Bench.Vision;

/// <summary>The images and thermal files the bench runs on: the sample flight (seed 42), generated into the work folder.</summary>
internal sealed record BenchInputs(IReadOnlyList<string> Images, IReadOnlyList<string> ThermalFiles)
{
    public static BenchInputs Generate(string workFolder)
    {
        var summary = SampleFlightGenerator.Generate(workFolder, 42);
        var truth = GroundTruthWriter.Read(summary.GroundTruthPath);
        var images = truth.Captures.Where(c => c.Format is "jpeg" or "flir-rjpeg")
            .Select(c => Path.Combine(summary.FlightFolder, c.File)).ToList();
        var thermal = truth.Captures.Where(c => c.Kind == "thermal")
            .Select(c => Path.Combine(summary.FlightFolder, c.File)).ToList();
        return new BenchInputs(images, thermal);
    }

    /// <summary>The first <paramref name="count"/> images, cycling through the flight's when it has fewer.</summary>
    public IReadOnlyList<string> Take(int count) => Enumerable.Range(0, count).Select(i => Images[i % Images.Count]).ToList();
}
