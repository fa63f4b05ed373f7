namespace DroneInspect.Cli.Tests.Commands;

/// <summary>The published camera sample files in ../shared/data beside the checkout, when present.</summary>
internal static class LocateSharedData
{
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DroneInspect.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data) ? data : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs ../shared/data; skipped, saying so, where the folder is absent.</summary>
public sealed class LocateSharedDataFactAttribute : FactAttribute
{
    public LocateSharedDataFactAttribute()
    {
        if (LocateSharedData.Folder is null)
        {
            Skip = "../shared/data not found beside the checkout";
        }
    }
}

/// <summary>A theory that needs ../shared/data; skipped, saying so, where the folder is absent.</summary>
public sealed class LocateSharedDataTheoryAttribute : TheoryAttribute
{
    public LocateSharedDataTheoryAttribute()
    {
        if (LocateSharedData.Folder is null)
        {
            Skip = "../shared/data not found beside the checkout";
        }
    }
}
