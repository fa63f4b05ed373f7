using System.IO.Compression;

namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// Decides whether a zip entry may be written into a flight folder: absolute paths, drive letters, ".." segments,
/// symbolic links and hidden names are refused, and the final path is checked to lie inside the folder.
/// </summary>
internal static class ZipEntryGuard
{
    /// <summary>The refusal that only skips an entry (a hidden or system file, as macOS adds); every other is hostile.</summary>
    public const string HiddenRefusal = "refused: hidden or system entry";

    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymlink = 0xA000;
    private const int UnixRegularFile = 0x8000;

    /// <summary>The full destination path, or null with the reason the entry is refused.</summary>
    public static string? Destination(ZipArchiveEntry entry, string targetFolderFull, out string? refusal)
    {
        refusal = Refusal(entry);
        if (refusal is not null)
        {
            return null;
        }

        var relative = entry.FullName.Replace('\\', '/');
        var full = Path.GetFullPath(Path.Combine(targetFolderFull, relative));
        var root = Path.EndsInDirectorySeparator(targetFolderFull) ? targetFolderFull : targetFolderFull + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            refusal = "refused: the entry's path leads outside the flight folder";
            return null;
        }

        return full;
    }

    /// <summary>Why the entry's name or type is refused (links, absolute paths, ".." segments, hidden names), or null.</summary>
    public static string? Refusal(ZipArchiveEntry entry)
    {
        var name = entry.FullName.Replace('\\', '/');
        var unixType = (entry.ExternalAttributes >> 16) & UnixFileTypeMask;
        if (unixType == UnixSymlink)
        {
            return "refused: the entry is a symbolic link";
        }

        if (unixType != 0 && unixType != UnixRegularFile)
        {
            return "refused: the entry is not a regular file";
        }

        if (name.Length == 0 || name.Contains('\0', StringComparison.Ordinal))
        {
            return "refused: the entry has no usable name";
        }

        if (name.StartsWith('/') || (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':'))
        {
            return "refused: the entry has an absolute path";
        }

        var segments = name.Split('/');
        if (segments.Any(s => s == ".."))
        {
            return "refused: the entry's path has a '..' segment";
        }

        if (segments.Any(s => s.StartsWith('.')))
        {
            return HiddenRefusal;
        }

        return null;
    }
}
