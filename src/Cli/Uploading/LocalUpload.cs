using System.Security.Cryptography;

namespace DroneInspect.Cli.Uploading;

/// <summary>One local file to upload: where it is, its name in the flight ('/' separated), its SHA-256 and size.</summary>
public sealed record LocalFile(string Path, string Name, string Sha256, long SizeBytes);

/// <summary>
/// What `upload` sends: a folder's files (recursively; hidden files and folders skipped, as intake skips them) or a
/// single zip, which the server unpacks under its limits.
/// </summary>
public static class LocalUpload
{
    private const int HashBufferBytes = 1024 * 1024;

    /// <summary>The files of <paramref name="source"/> (a folder or a .zip), hashed, in ordinal order of their names.</summary>
    public static IReadOnlyList<LocalFile> Collect(string source, Action<int, int>? onHashed = null)
    {
        var paths = File.Exists(source)
            ? [(Path: source, Name: Path.GetFileName(source))]
            : Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                .Select(p => (Path: p, Name: Path.GetRelativePath(source, p).Replace('\\', '/')))
                .Where(f => !f.Name.Split('/').Any(s => s.StartsWith('.')))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
        var files = new List<LocalFile>(paths.Count);
        foreach (var (path, name) in paths)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, HashBufferBytes, FileOptions.SequentialScan);
            files.Add(new LocalFile(path, name, Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length));
            onHashed?.Invoke(files.Count, paths.Count);
        }

        return files;
    }

    /// <summary>The flight id a folder or zip uploads as by default: its name (a zip's without ".zip"), as `analyze` names flights.</summary>
    public static string DefaultFlightId(string source) =>
        Running.FlightIds.FromFolder(File.Exists(source) ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source))!, Path.GetFileNameWithoutExtension(source)) : source);
}
