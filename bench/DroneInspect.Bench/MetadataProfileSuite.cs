using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Quality;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Bench;

/// <summary>
/// Where `metadata`'s per-file time goes, in process on the real files of ../shared/data: each stage of an inspection
/// timed on its own (Stopwatch, warm JIT, files in the page cache), per camera family, beside the whole
/// <see cref="CaptureInspector"/> calls: with the SHA-256 (`metadata --hash`) and without (the default, which reads
/// a JPEG only up to its image data).
/// </summary>
public static class MetadataProfileSuite
{
    private const int Rounds = 20;

    private static readonly string[] Stages = ["read whole file", "SHA-256", "kind sniff", "metadata (EXIF/XMP/FLIR)", "thermal pixel decode", "thermal probe (no pixels)", "intrinsics", "Inspect, hashed (whole file)", "InspectAlone, no hash (JPEG header only)"];

    public static int Run(BenchContext context)
    {
        var sources = RealCaptureFolder.Sources();
        var families = sources.GroupBy(Family).ToList();
        foreach (var file in sources)
        {
            Profile(file); // JIT and page cache warm
        }

        Console.WriteLine($"""

            ## metadata profile: mean ms per file and stage, in process ({Rounds} rounds over the {sources.Count} real files of {RealCaptureFolder.DataFolder})
            | family (files) | {string.Join(" | ", Stages)} |
            |---|{string.Concat(Enumerable.Repeat("---|", Stages.Length))}
            """);
        foreach (var family in families)
        {
            var sums = new double[Stages.Length];
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var file in family)
                {
                    var t = Profile(file);
                    for (var i = 0; i < sums.Length; i++)
                    {
                        sums[i] += t[i];
                    }
                }
            }

            var n = (double)Rounds * family.Count();
            Console.WriteLine($"| {family.Key} ({family.Count()}) | {string.Join(" | ", sums.Select(s => (s / n).ToString("F3", CultureInfo.InvariantCulture)))} |");
        }

        return 0;
    }

    private static string Family(string path) => Path.GetFileName(Path.GetDirectoryName(path)!) switch
    {
        "H20T" or "M30T" or "M3T" => "dji_thermal",
        var other => other,
    };

    private static double[] Profile(string path)
    {
        var t = new double[Stages.Length];
        var watch = Stopwatch.StartNew();
        var bytes = File.ReadAllBytes(path);
        t[0] = Lap(watch);
        var sha = SHA256.HashData(bytes);
        t[1] = Lap(watch);
        var kind = CaptureKindDetector.Detect(Path.GetFileName(path), bytes.AsSpan(0, Math.Min(bytes.Length, CaptureKindDetector.SniffBytes)), out _);
        t[2] = Lap(watch);
        var metadata = CaptureMetadataReader.Read(path, bytes);
        t[3] = Lap(watch);
        if (kind == CaptureKind.Thermal)
        {
            Decode(() => ThermalDecoder.Decode(path, bytes, null, metadata.Model));
            t[4] = Lap(watch);
            Decode(() => ThermalProbe.Probe(path, bytes, metadata.Model));
            t[5] = Lap(watch);
        }

        _ = CameraIntrinsics.FromMetadata(metadata);
        t[6] = Lap(watch);
        _ = CaptureInspector.Inspect(path, []);
        t[7] = Lap(watch);
        _ = CaptureInspector.InspectAlone(path, hash: false);
        t[8] = Lap(watch);
        GC.KeepAlive(sha);
        return t;
    }

    private static void Decode(Func<object> decode)
    {
        try
        {
            GC.KeepAlive(decode());
        }
        catch (ThermalFormatException)
        {
            // a file the decoder refuses (e.g. the FLIR i7 stub) costs what it costs to refuse it
        }
    }

    private static double Lap(Stopwatch watch)
    {
        var ms = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return ms;
    }
}
