using System.Diagnostics;
using System.Globalization;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Flir;

namespace DroneInspect.Bench;

/// <summary>
/// The thermal comparison on real camera files: the FLIR JPEGs of ../shared/data/flir (FLIR's own PNG encoders, mostly
/// Paeth-filtered rows), each timed by both routes. Skipped, with the reason printed, when that folder is absent.
/// </summary>
public static class RealFlirFiles
{
    private const int OurRounds = 50;
    private const int ExifToolRounds = 5;

    /// <summary>The folder of real FLIR files: DRONEINSPECT_FLIR_SAMPLES, else ../shared/data/flir from the working directory.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("DRONEINSPECT_FLIR_SAMPLES") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine("..", "shared", "data", "flir"));

    /// <summary>Prints one row per real FLIR JPEG; returns the largest temperature difference between the routes.</summary>
    public static double Run(Func<string, FlirCameraInfo, float[]> exifToolRoute, Func<float[], float[], double> maxDifference)
    {
        if (!Directory.Exists(Folder))
        {
            Console.WriteLine($"\nreal FLIR files: skipped, {Folder} does not exist (set DRONEINSPECT_FLIR_SAMPLES)");
            return 0;
        }

        Console.WriteLine($"""

            ## thermal: real FLIR camera JPEGs ({Folder}; ours x{OurRounds}, ExifTool route x{ExifToolRounds}, per file)
            | file | raw size | raw rows Paeth/Up/Sub/other | ours median ms | ExifTool route median ms | ratio |
            |---|---|---|---|---|---|
            """);
        var worst = 0.0;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.jpg").Order(StringComparer.Ordinal))
        {
            var record = FlirReader.Read(file, decodePixels: false);
            if (Undecodable(file) is { } reason)
            {
                Console.WriteLine($"| {Path.GetFileName(file)} | {record.RawImage.Width}x{record.RawImage.Height} | | ({reason}) | | |");
                continue;
            }

            if (record.RawImage.Encoding != "PNG")
            {
                Console.WriteLine($"| {Path.GetFileName(file)} | {record.RawImage.Width}x{record.RawImage.Height} {record.RawImage.Encoding} | | (not a PNG raw image: the ExifTool route here decodes PNG only) | | |");
                continue;
            }

            var ours = Time(() => ThermalDecoder.Decode(file), OurRounds);
            var exif = Time(() => exifToolRoute(file, record.CameraInfo), ExifToolRounds);
            worst = Math.Max(worst, maxDifference(ThermalDecoder.Decode(file).Map.Values, exifToolRoute(file, record.CameraInfo)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(file)} | {record.RawImage.Width}x{record.RawImage.Height} | {PngFilterCensus.Describe(file)} | {ours.Median:F2} | {exif.Median:F2} | {exif.Median / ours.Median:F1}x |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"largest temperature difference between the routes on these files: {worst:F6} C"));
        return worst;
    }

    /// <summary>Why our decoder refuses the file (ExifTool's test images have their image data cut down), or null.</summary>
    private static string? Undecodable(string file)
    {
        try
        {
            ThermalDecoder.Decode(file);
            return null;
        }
        catch (ThermalFormatException e)
        {
            return $"refused by our decoder: {e.Message}";
        }
    }

    private static Stats Time(Action action, int rounds)
    {
        for (var i = 0; i < 3; i++)
        {
            action(); // warm-up
        }

        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Stats.Of(times);
    }
}
