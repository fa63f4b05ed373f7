using DroneInspect.Ingestion.Quality;

namespace DroneInspect.Cli.Commands;

/// <summary>The files `metadata` reads, and their inspection a few files ahead of the output.</summary>
public static class MetadataFiles
{
    /// <summary>
    /// The given paths with each folder replaced by its files (ordinal order, hidden names skipped, subfolders not
    /// entered). Anything else is kept as given, so a missing file is reported as such.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { IgnoreInaccessible = true }).Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>
    /// Inspections of <paramref name="files"/> in their order, each on its own (the duplicate rule is the caller's:
    /// <see cref="CaptureInspector.AfterEarlierFiles"/>). Up to two files per core are read at once; the rest wait,
    /// so memory does not grow with the flight.
    /// </summary>
    public static async IAsyncEnumerable<CaptureInspection> InspectInOrder(IReadOnlyList<string> files, bool decodeThermal, bool hash)
    {
        var ahead = Math.Max(2, Environment.ProcessorCount * 2);
        var window = new Queue<Task<CaptureInspection>>();
        var next = 0;
        while (next < files.Count || window.Count > 0)
        {
            while (window.Count < ahead && next < files.Count)
            {
                var file = files[next++];
                window.Enqueue(Task.Run(() => CaptureInspector.InspectAlone(file, decodeThermal, hash)));
            }

            yield return await window.Dequeue();
        }
    }
}
