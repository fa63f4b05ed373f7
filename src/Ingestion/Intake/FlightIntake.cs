using System.Security.Cryptography;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Ingestion.Intake;

/// <summary>Takes in a flight from a folder, a zip or single files.</summary>
public static partial class FlightIntake
{
    /// <summary>
    /// Lists a folder's capture files (recursively, hidden files skipped) with content hashes; unreadable files become
    /// problems, never exceptions. Symbolic links never lead out of the folder or round a loop (see
    /// <see cref="FlightFolderWalk"/>): a link to a file inside is read as that file, a link leading outside is one
    /// problem, a link to a folder is not entered. Files are in ordinal order of their path; of identical contents the first is kept
    /// and the others are reported as duplicates. Files over <paramref name="limits"/> (default
    /// <see cref="IntakeLimits.Default"/>) are problems too. Throws <see cref="DirectoryNotFoundException"/> only when the folder is missing.
    /// </summary>
    public static FlightInventory ScanFolder(string folder, IntakeLimits? limits = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Flight folder {folder} does not exist.");
        }

        var (paths, refused) = FlightFolderWalk.Walk(folder);
        var inventory = Collect(paths.Order(StringComparer.Ordinal), limits ?? IntakeLimits.Default, original => Path.GetRelativePath(folder, original));
        return refused.Count == 0 ? inventory : inventory with { Problems = [.. refused.OrderBy(p => p.Path, StringComparer.Ordinal), .. inventory.Problems] };
    }

    /// <summary>Inspects files in place under the limits; a duplicate names its original through <paramref name="describe"/>.</summary>
    private static FlightInventory Collect(IEnumerable<string> paths, IntakeLimits limits, Func<string, string> describe)
    {
        limits.Validate();
        var files = new List<FlightFile>();
        var problems = new List<IntakeProblem>();
        var firstByHash = new Dictionary<string, string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var path in paths)
        {
            if (files.Count >= limits.MaxFiles)
            {
                problems.Add(new IntakeProblem(path, $"refused: the flight already holds the most files allowed ({limits.MaxFiles})"));
                continue;
            }

            var (file, reason) = File.Exists(path) ? Inspect(path, limits.MaxFileBytes) : (null, "file does not exist");
            if (file is null)
            {
                problems.Add(new IntakeProblem(path, reason!));
            }
            else if (firstByHash.TryGetValue(file.Sha256, out var original))
            {
                problems.Add(new IntakeProblem(path, $"duplicate of {describe(original)}"));
            }
            else if (total + file.SizeBytes > limits.MaxFlightBytes)
            {
                problems.Add(new IntakeProblem(path, $"refused: {file.SizeBytes} more bytes would take the flight over its limit of {limits.MaxFlightBytes} bytes"));
            }
            else
            {
                total += file.SizeBytes;
                firstByHash[file.Sha256] = path;
                files.Add(file);
            }
        }

        return new FlightInventory(files, problems);
    }

    /// <summary>Groups files into capture pairs (see <see cref="CapturePairing"/>).</summary>
    public static IReadOnlyList<CapturePair> Pair(IEnumerable<FlightFile> files) => CapturePairing.Pair(files);

    /// <summary>
    /// Groups files by name and then by capture time read from each file (within <paramref name="timeTolerance"/>,
    /// one second by default), noting FLIR files that carry their own visual image.
    /// </summary>
    public static IReadOnlyList<CapturePair> PairWithMetadata(IEnumerable<FlightFile> files, TimeSpan? timeTolerance = null) =>
        CapturePairing.Pair(files, CaptureFactsReader.Read, timeTolerance ?? CapturePairing.DefaultTimeTolerance);

    /// <summary>The capture kind of a file on disk, judged by its content and <paramref name="name"/>; null with a reason when it is no image.</summary>
    internal static (CaptureKind? Kind, string? Reason) DetectKind(string path, string name)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            var head = new byte[(int)Math.Min(stream.Length, CaptureKindDetector.SniffBytes)];
            stream.ReadExactly(head);
            var kind = CaptureKindDetector.Detect(name, head, out var reason);
            return (kind, reason);
        }
        catch (ThermalFormatException e)
        {
            return (null, $"damaged image: {e.Message}");
        }
    }

    private static (FlightFile? File, string? Reason) Inspect(string path, long maxFileBytes)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            if (stream.Length == 0)
            {
                return (null, "empty file (0 bytes)");
            }

            if (stream.Length > maxFileBytes)
            {
                return (null, $"refused: {stream.Length} bytes is over the per-file limit of {maxFileBytes} bytes");
            }

            var head = new byte[(int)Math.Min(stream.Length, CaptureKindDetector.SniffBytes)];
            stream.ReadExactly(head);
            var kind = CaptureKindDetector.Detect(Path.GetFileName(path), head, out var reason);
            if (kind is null)
            {
                return (null, reason);
            }

            stream.Position = 0;
            var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            return (new FlightFile(path, hash, stream.Length, kind.Value), null);
        }
        catch (ThermalFormatException e)
        {
            return (null, $"damaged image: {e.Message}");
        }
        catch (IOException e)
        {
            return (null, $"unreadable: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return (null, $"unreadable: {e.Message}");
        }
    }
}
