namespace DroneInspect.Ingestion.Tests.Support;

/// <summary>Finds ../shared/data beside the checkout (the folder holding DroneInspect.sln).</summary>
public static class SharedData
{
    public const string MissingReason = "../shared/data not found beside the checkout";

    private static readonly Lazy<string?> RootDirectory = new(FindRoot);

    public static string? Root => RootDirectory.Value;

    /// <summary>Full path of a file under the shared data folder.</summary>
    public static string File(string relative) =>
        Path.Combine(Root ?? throw new InvalidOperationException(MissingReason), relative);

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "DroneInspect.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data) ? data : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs the real sample files; skipped with a clear reason where they are absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = SharedData.MissingReason;
        }
    }
}

/// <summary>A theory that needs the real sample files; skipped with a clear reason where they are absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = SharedData.MissingReason;
        }
    }
}
