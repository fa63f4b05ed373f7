namespace DroneInspect.Bench;

/// <summary>
/// A folder of N real camera files, copies of ../shared/data (rgb_dji/*.JPG, dji_thermal/*/*.JPG, flir/*.jpg,
/// flir/*.fff, tiff/*.tiff) under new names, cycling through them. Made in the scratch folder, never in the repository.
/// </summary>
public static class RealCaptureFolder
{
    /// <summary>../shared/data from the working directory, or DRONEINSPECT_SHARED_DATA.</summary>
    public static string DataFolder =>
        Environment.GetEnvironmentVariable("DRONEINSPECT_SHARED_DATA") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine("..", "shared", "data"));

    /// <summary>The real files copied, in a fixed order.</summary>
    public static IReadOnlyList<string> Sources()
    {
        var root = DataFolder;
        if (!Directory.Exists(root))
        {
            throw new BenchException($"{root} does not exist (run from the checkout beside ../shared, or set DRONEINSPECT_SHARED_DATA).");
        }

        string[] patterns = ["rgb_dji/*.JPG", "dji_thermal/*/*.JPG", "flir/*.jpg", "flir/*.fff", "tiff/*.tiff"];
        var files = new List<string>();
        foreach (var pattern in patterns)
        {
            var parts = pattern.Split('/');
            var folders = parts.Length == 3 ? Directory.GetDirectories(Path.Combine(root, parts[0])) : [Path.Combine(root, parts[0])];
            foreach (var folder in folders.Order(StringComparer.Ordinal))
            {
                files.AddRange(Directory.GetFiles(folder, parts[^1]).Order(StringComparer.Ordinal));
            }
        }

        return files;
    }

    /// <summary>Makes (or reuses) <paramref name="folder"/> holding exactly <paramref name="count"/> copies.</summary>
    public static string Make(string folder, int count)
    {
        var sources = Sources();
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder).Count() == count)
        {
            return folder;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var source = sources[i % sources.Count];
            var camera = Path.GetFileName(Path.GetDirectoryName(source)!);
            File.Copy(source, Path.Combine(folder, $"C{i:D4}_{camera}_{Path.GetFileName(source)}"));
        }

        return folder;
    }
}
