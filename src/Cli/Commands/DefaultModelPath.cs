namespace DroneInspect.Cli.Commands;

/// <summary>
/// Where the bundled detector lives: models/default/model.onnx under the repository, found from DRONEINSPECT_HOME (set by
/// the ./droneinspect script), else by walking up from the app's folder to the one holding DroneInspect.sln, else beside the app.
/// </summary>
public static class DefaultModelPath
{
    public const string RelativePath = "models/default/model.onnx";

    public static string Resolve()
    {
        var home = Environment.GetEnvironmentVariable(CliContext.HomeVariable);
        if (!string.IsNullOrWhiteSpace(home))
        {
            return Path.GetFullPath(Path.Combine(home, RelativePath));
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DroneInspect.sln")))
            {
                return Path.Combine(folder.FullName, RelativePath);
            }
        }

        return Path.Combine(AppContext.BaseDirectory, RelativePath);
    }
}
