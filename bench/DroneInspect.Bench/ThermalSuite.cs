using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Flir;
using OpenCvSharp;

namespace DroneInspect.Bench;

/// <summary>
/// FLIR JPEG (640x512) to a Celsius map, per file: our decoder against the ExifTool route other tools take
/// (one `exiftool -b -RawThermalImage FILE` process per file, PNG decoded with OpenCV, bytes swapped, the same
/// RadiometricConverter). The calibration the ExifTool route needs is read beforehand, outside its timing.
/// </summary>
public static class ThermalSuite
{
    private const int OurRounds = 5;
    private const double TargetRatio = 20;
    private const int WarmUpRounds = 3;

    public static int Run(BenchContext context)
    {
        var files = context.SampleCaptures().Where(f => f.EndsWith("_T.JPG", StringComparison.Ordinal)).ToList();
        var calibration = files.ToDictionary(f => f, f => FlirReader.Read(f, decodePixels: false).CameraInfo);
        var size = $"{calibration.Count} FLIR JPEGs";
        WarmUp(files, calibration);

        var ours = new List<double>();
        for (var round = 0; round < OurRounds; round++)
        {
            foreach (var file in files)
            {
                var watch = Stopwatch.StartNew();
                var image = ThermalDecoder.Decode(file);
                ours.Add(watch.Elapsed.TotalMilliseconds);
                if (image.Map.Width != 640 || image.Map.Height != 512)
                {
                    throw new BenchException($"{file} decoded to {image.Map.Width}x{image.Map.Height}, not 640x512.");
                }
            }
        }

        var exif = new List<double>();
        var maxDifference = 0.0;
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            var celsius = ExifToolRoute(file, calibration[file]);
            exif.Add(watch.Elapsed.TotalMilliseconds);
            maxDifference = Math.Max(maxDifference, MaxDifference(ThermalDecoder.Decode(file).Map.Values, celsius));
        }

        var a = Stats.Of(ours);
        var b = Stats.Of(exif);
        var ratio = b.Median / a.Median;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            ## thermal: 640x512 FLIR JPEG -> Celsius map, per file ({size}; ours x{OurRounds} rounds, ExifTool route x1)
            | route | files timed | median ms | mean ms | min ms | max ms |
            |---|---|---|---|---|---|
            | DroneInspect ThermalDecoder.Decode | {a.Count} | {a.Median:F2} | {a.Mean:F2} | {a.Min:F2} | {a.Max:F2} |
            | exiftool -b -RawThermalImage + OpenCV PNG + swap + RadiometricConverter | {b.Count} | {b.Median:F2} | {b.Mean:F2} | {b.Min:F2} | {b.Max:F2} |

            ratio (median ExifTool route / median ours): {ratio:F1}x (target >= {TargetRatio}x: {(ratio >= TargetRatio ? "met" : "NOT met")}); mean ratio {b.Mean / a.Mean:F1}x
            largest temperature difference between the routes: {maxDifference:F6} C
            raw PNG rows of these files, Paeth/Up/Sub/other (our writer lets libpng choose per row, as FLIR cameras do): {FilterCensus(files)}
            """));
        var realDifference = RealFlirFiles.Run(ExifToolRoute, (x, y) => MaxDifference(x, y));
        return Math.Max(maxDifference, realDifference) <= 0.01 ? 0 : 1;
    }

    /// <summary>
    /// Warm-up, untimed: every file through our decoder for <see cref="WarmUpRounds"/> rounds (the JIT tiers the hot
    /// code up after about 30 calls) and once through the ExifTool route (OpenCV loaded, Perl and the files in the page
    /// cache), then a pause for the JIT's background compilation to finish.
    /// </summary>
    private static void WarmUp(List<string> files, Dictionary<string, FlirCameraInfo> calibration)
    {
        for (var round = 0; round < WarmUpRounds; round++)
        {
            files.ForEach(f => ThermalDecoder.Decode(f));
        }

        files.ForEach(f => ExifToolRoute(f, calibration[f]));
        Thread.Sleep(500);
    }

    private static string FilterCensus(IEnumerable<string> files)
    {
        var total = new int[5];
        foreach (var file in files)
        {
            var counts = PngFilterCensus.Count(ExifTool.Run("-b", "-RawThermalImage", file));
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += counts[i];
            }
        }

        return $"{total[4]}/{total[2]}/{total[1]}/{total[0] + total[3]}";
    }

    private static float[] ExifToolRoute(string file, FlirCameraInfo info)
    {
        var png = ExifTool.Run("-b", "-RawThermalImage", file);
        using var mat = Cv2.ImDecode(png, ImreadModes.Unchanged);
        if (mat.Empty() || mat.Type() != MatType.CV_16UC1)
        {
            throw new BenchException($"exiftool gave no 16-bit PNG for {file}.");
        }

        mat.GetArray(out ushort[] counts);
        BinaryPrimitives.ReverseEndianness(counts, counts);
        var celsius = new float[counts.Length];
        new RadiometricConverter(info.Planck, info.Atmosphere, info.Parameters).ToCelsius(counts, celsius);
        return celsius;
    }

    private static double MaxDifference(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new BenchException("The two routes gave maps of different sizes.");
        }

        var max = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            if (float.IsNaN(a[i]) && float.IsNaN(b[i]))
            {
                continue;
            }

            var d = Math.Abs(a[i] - b[i]);
            max = double.IsNaN(d) ? double.PositiveInfinity : Math.Max(max, d);
        }

        return max;
    }
}
