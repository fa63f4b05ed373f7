namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// Lists a flight folder's files without leaving it. Subfolders are entered; symbolic links are judged by where
/// they finally lead: a link to a file inside the folder is listed (under its own path; reading it reads its
/// target), a link to a folder is never entered (a folder inside is listed where it lies, so a loop such as
/// <c>loop -&gt; ..</c> or <c>here -&gt; .</c> is not walked round), and a link leading outside the folder, or
/// nowhere, is one problem naming it. Hidden and system entries are skipped.
/// </summary>
internal static class FlightFolderWalk
{
    /// <summary>Most links followed while resolving one path (as Linux's own limit): more is a loop.</summary>
    private const int MaxLinkHops = 40;

    /// <summary>The files to read, in no particular order, and the links refused.</summary>
    public static (List<string> Files, List<IntakeProblem> Problems) Walk(string folder)
    {
        var root = RealPath(folder) ?? throw new DirectoryNotFoundException($"Flight folder {folder} does not exist.");
        var files = new List<string>();
        var problems = new List<IntakeProblem>();
        var pending = new Stack<(DirectoryInfo Directory, string Path)>([(new DirectoryInfo(folder), folder)]); // paths as the caller wrote them
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true };
        while (pending.Count > 0)
        {
            var (directory, directoryPath) = pending.Pop();
            foreach (var entry in directory.EnumerateFileSystemInfos("*", options))
            {
                var path = Path.Join(directoryPath, entry.Name);
                if (entry.LinkTarget is not null)
                {
                    Judge(entry, path, root, files, problems);
                }
                else if (entry is DirectoryInfo subfolder)
                {
                    pending.Push((subfolder, path));
                }
                else
                {
                    files.Add(path);
                }
            }
        }

        return (files, problems);
    }

    private static void Judge(FileSystemInfo link, string path, string root, List<string> files, List<IntakeProblem> problems)
    {
        var target = RealPath(link.FullName);
        if (target is null)
        {
            problems.Add(new IntakeProblem(path, $"symbolic link to {link.LinkTarget}, which leads nowhere (missing, or a loop of links): not followed"));
        }
        else if (!IsInside(target, root))
        {
            problems.Add(new IntakeProblem(path, $"symbolic link to {target}, outside the flight folder: not followed"));
        }
        else if (File.Exists(target))
        {
            files.Add(path); // read as its target, which lies in the folder
        }

        // A link to a folder inside the flight folder is not entered: that folder's files are listed where they lie.
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or lies below it (both real paths).</summary>
    public static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The absolute path with every symbolic link resolved, component by component (a link inside a link's target
    /// too), and "." and ".." applied to the real folders; null when a component does not exist or links loop.
    /// </summary>
    public static string? RealPath(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var remaining = new Stack<string>(full[root.Length..].Split(separator, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        var hops = 0;
        while (remaining.Count > 0)
        {
            var part = remaining.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Join(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > MaxLinkHops)
                {
                    return null;
                }

                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target)!;
                }

                foreach (var piece in target.Split(separator, StringSplitOptions.RemoveEmptyEntries).Reverse())
                {
                    remaining.Push(piece);
                }

                continue;
            }

            if (!info.Exists && !Directory.Exists(next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }
}
