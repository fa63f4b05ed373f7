namespace DroneInspect.Bench;

/// <summary>Where the checkout is, and how busy the machine is, for the whole-process suites.</summary>
internal static class BenchEnvironment
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DroneInspect.sln")))
            {
                return dir.FullName;
            }
        }

        throw new BenchException("Run the bench from inside the checkout (DroneInspect.sln not found above the working directory).");
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
