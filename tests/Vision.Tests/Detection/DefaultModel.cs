namespace DroneInspect.Vision.Tests.Detection;

/// <summary>Finds the committed default model by walking up from the test binaries to the folder holding DroneInspect.sln.</summary>
internal static class DefaultModel
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "DroneInspect.sln")))
                {
                    return System.IO.Path.Combine(dir.FullName, "models", "default", "model.onnx");
                }
            }

            throw new InvalidOperationException("DroneInspect.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
