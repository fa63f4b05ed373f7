namespace DroneInspect.Grains.Tests.Detection;

/// <summary>The published camera sample files in ../shared/data beside the checkout, when present.</summary>
internal static class SharedData
{
    /// <summary>The folder, or null when this checkout has none beside it.</summary>
    public static string? Folder { get; } = Find();

    public static string File(string relativePath) =>
        Path.Combine(Folder ?? throw new InvalidOperationException("../shared/data not found beside the checkout"), relativePath);

    private static string? Find()
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

/// <summary>A fact that needs ../shared/data; skipped, saying so, where the folder is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = "../shared/data not found beside the checkout";
        }
    }
}
