using System.Diagnostics;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Bench.Vision;

/// <summary>Milliseconds of <see cref="HotspotAnalyzer.Analyze(TemperatureMap, double, IReadOnlyList{PixelBox})"/> per map (decoding excluded).</summary>
internal static class HotspotBench
{
    /// <param name="SlowestMapMeanMs">The mean of the map that took longest on average, and its file name.</param>
    public sealed record Result(
        int Width, int Height, int Maps, int Runs, double MeanMs, double P50Ms, double P99Ms, int Hotspots, double SlowestMapMeanMs, string SlowestMap);

    public static Result Run(IReadOnlyList<string> thermalFiles, int runs)
    {
        var maps = thermalFiles.Select(f => ThermalDecoder.Decode(f)).ToList();
        int hotspots = maps.Sum(m => HotspotAnalyzer.Analyze(m.Map, Ambient(m), []).Count);
        for (int i = 0; i < 20; i++)
        {
            HotspotAnalyzer.Analyze(maps[i % maps.Count].Map, Ambient(maps[i % maps.Count]), []);
        }

        var times = new double[runs];
        var perMap = new double[maps.Count];
        for (int i = 0; i < runs; i++)
        {
            var image = maps[i % maps.Count];
            long start = Stopwatch.GetTimestamp();
            HotspotAnalyzer.Analyze(image.Map, Ambient(image), []);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            perMap[i % maps.Count] += times[i];
        }

        Array.Sort(times);
        int slowest = Array.IndexOf(perMap, perMap.Max());
        int slowestRuns = (runs / maps.Count) + (slowest < runs % maps.Count ? 1 : 0);
        return new Result(maps[0].Map.Width, maps[0].Map.Height, maps.Count, runs, times.Average(),
            Quantile(times, 0.50), Quantile(times, 0.99), hotspots, perMap[slowest] / Math.Max(1, slowestRuns), Path.GetFileName(thermalFiles[slowest]));
    }

    private static double Ambient(ThermalImage image) => image.Parameters?.AtmosphericTemperatureCelsius ?? 25.0;

    private static double Quantile(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
