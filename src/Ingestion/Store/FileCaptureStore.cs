using System.Runtime.InteropServices;

namespace DroneInspect.Ingestion.Store;

/// <summary>
/// The embedded store: content at <c>{root}/ab/cd/{sha256}</c>. A file comes in by a move into <c>{root}/.tmp</c> (a
/// rename when it lies on the same disk, else a copy) and then an atomic rename to its final name, so a crash never
/// leaves a half-written file under a hash. Held files are made read-only: flights see them through hard links.
/// </summary>
public sealed class FileCaptureStore : ICaptureStore
{
    private const string TempFolderName = ".tmp";
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public FileCaptureStore(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Path.Combine(Root, TempFolderName));
    }

    public string Root { get; }

    public bool Has(string sha256) => File.Exists(PathOf(sha256));

    public Stream Open(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);

    public StorePutResult Put(string expectedSha256, string sourceFile)
    {
        var actual = ContentHash.OfFile(sourceFile);
        if (!string.Equals(actual, expectedSha256, StringComparison.Ordinal))
        {
            return new StorePutResult(StorePutOutcome.HashMismatch, actual);
        }

        var final = PathOf(actual);
        if (File.Exists(final))
        {
            File.Delete(sourceFile);
            return new StorePutResult(StorePutOutcome.AlreadyHeld, actual);
        }

        var temp = Path.Combine(Root, TempFolderName, $"{actual}.{Guid.NewGuid():N}");
        File.Move(sourceFile, temp);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, ReadOnly); // flights see held files through hard links: none may write through them
        }

        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        try
        {
            File.Move(temp, final);
        }
        catch (IOException) when (File.Exists(final))
        {
            File.Delete(temp); // another upload put the same content in meanwhile: same bytes, keep theirs
            return new StorePutResult(StorePutOutcome.AlreadyHeld, actual);
        }

        return new StorePutResult(StorePutOutcome.Stored, actual);
    }

    public void Materialize(string sha256, string destinationPath)
    {
        var source = PathOf(sha256);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"The store holds no content {sha256}.", source);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destinationPath))!);
        var temp = destinationPath + $".{Guid.NewGuid():N}.link";
        if (!TryHardLink(source, temp))
        {
            File.Copy(source, temp); // another disk, or no hard links here: a copy reads the same
        }

        File.Move(temp, destinationPath, overwrite: true);
        if (File.Exists(temp))
        {
            File.Delete(temp); // the destination was already a link to this content: rename(2) then leaves both names
        }
    }

    /// <summary>Where content lives: two levels of two hex digits, so no folder holds more than a few thousand files.</summary>
    public string PathOf(string sha256) =>
        ContentHash.IsSha256(sha256)
            ? Path.Combine(Root, sha256[..2], sha256[2..4], sha256)
            : throw new ArgumentException($"'{sha256}' is not a SHA-256 in lower-case hex.", nameof(sha256));

    /// <summary>Every held content hash (for checks and tests; walks the folders).</summary>
    public IEnumerable<string> List() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(p => !Path.GetRelativePath(Root, p).StartsWith(TempFolderName, StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Where(ContentHash.IsSha256)!;

    private static bool TryHardLink(string existing, string link) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && Link(existing, link) == 0;

    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
}
