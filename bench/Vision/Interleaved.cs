using System.Globalization;

namespace DroneInspect.Bench.Vision;

/// <summary>
/// The two runtimes timed in alternating blocks of the same images (the order flips every round), so a change in the
/// machine's load during the run hits both alike. Per runtime: images/s of each block; the ratio is of the medians.
/// Each block starts after a pause: ONNX Runtime's idle intra-op threads spin for a while after a run, and in the
/// other process they would take the cores from the block that follows.
/// </summary>
internal static class Interleaved
{
    public sealed record Result(double DotnetMedian, double NodeMedian, double[] RoundRatios, int DotnetFaster, double DotnetChecksum, double NodeChecksum)
    {
        public double Ratio => DotnetMedian / NodeMedian;
    }

    private const int PauseMilliseconds = 300;

    public static Result Run(OrtBench dotnet, NodeBench node, int images, int rounds)
    {
        (double Seconds, double Checksum) AfterPause(Func<int, int, (double, double)> runBlock)
        {
            Thread.Sleep(PauseMilliseconds);
            return runBlock(0, images);
        }

        var dotnetRates = new double[rounds];
        var nodeRates = new double[rounds];
        double dotnetChecksum = 0, nodeChecksum = 0;
        for (int round = 0; round < rounds; round++)
        {
            (double Seconds, double Checksum) a, b;
            if (round % 2 == 0)
            {
                a = AfterPause(dotnet.RunBlock);
                b = AfterPause(node.RunBlock);
            }
            else
            {
                b = AfterPause(node.RunBlock);
                a = AfterPause(dotnet.RunBlock);
            }

            dotnetRates[round] = images / a.Seconds;
            nodeRates[round] = images / b.Seconds;
            dotnetChecksum = a.Checksum;
            nodeChecksum = b.Checksum;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"# round {round + 1}: .NET {dotnetRates[round]:0.0} images/s, node {nodeRates[round]:0.0} images/s, ratio {dotnetRates[round] / nodeRates[round]:0.000}"));
        }

        var ratios = dotnetRates.Zip(nodeRates, (x, y) => x / y).ToArray();
        return new Result(Median(dotnetRates), Median(nodeRates), ratios, ratios.Count(r => r >= 1), dotnetChecksum, nodeChecksum);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
