namespace DroneInspect.Bench;

/// <summary>Median, mean and range of timings, in the unit of the samples given.</summary>
public sealed record Stats(int Count, double Median, double Mean, double Min, double Max)
{
    public static Stats Of(IReadOnlyCollection<double> ms)
    {
        if (ms.Count == 0)
        {
            throw new BenchException("No timings were taken.");
        }

        var sorted = ms.Order().ToArray();
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Stats(sorted.Length, median, sorted.Average(), sorted[0], sorted[^1]);
    }
}
