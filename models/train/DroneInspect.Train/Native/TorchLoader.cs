namespace DroneInspect.Train.Native;

/// <summary>Makes the output folder's copy of libLibTorchSharp.so loadable on Debian 12 before TorchSharp touches it.</summary>
public static class TorchLoader
{
    private const string MissingVersion = "GLIBCXX_3.4.32";

    /// <summary>Patches every copy beside the executable (never the NuGet cache) and returns the paths patched.</summary>
    public static IReadOnlyList<string> PrepareNativeLibrary()
    {
        string baseDir = AppContext.BaseDirectory;
        var copies = new[]
        {
            Path.Combine(baseDir, "libLibTorchSharp.so"),
            Path.Combine(baseDir, "runtimes", "linux-x64", "native", "libLibTorchSharp.so"),
        };
        var patched = new List<string>();
        foreach (string path in copies.Where(File.Exists))
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                throw new InvalidOperationException($"{path} is a link; refusing to patch what it points to.");
            }

            if (ElfVersionPatcher.MakeVersionWeak(path, MissingVersion).Found)
            {
                patched.Add(path);
            }
        }

        return patched;
    }
}
