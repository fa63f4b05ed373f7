using DroneInspect.Synthetic;

namespace DroneInspect.Bench;

/// <summary>
/// The scratch folder of a benchmark run: sample flights generated once per seed (kept between runs) and folders of
/// N files made of copies of them.
/// </summary>
public sealed class BenchContext(string workFolder)
{
    private static readonly int[] Seeds = [1, 2, 3];

    public string WorkFolder { get; } = workFolder;

    /// <summary>All capture files of the generated sample flights (RGB _W.JPG, FLIR _T.JPG, radiometric _T.tiff).</summary>
    public IReadOnlyList<string> SampleCaptures()
    {
        var files = new List<string>();
        foreach (var seed in Seeds)
        {
            var root = Path.Combine(WorkFolder, $"sample-seed{seed}");
            var flight = Path.Combine(root, SampleFlightGenerator.FlightFolderName);
            if (!File.Exists(Path.Combine(root, SampleFlightGenerator.GroundTruthFileName)))
            {
                Console.WriteLine($"generating sample flight seed {seed} into {root}");
                SampleFlightGenerator.Generate(root, seed);
            }

            files.AddRange(Directory.EnumerateFiles(flight).Order(StringComparer.Ordinal));
        }

        return files;
    }

    /// <summary>A folder of exactly <paramref name="count"/> capture files, copies of the samples under new names.</summary>
    public string FlightOf(int count)
    {
        var folder = Path.Combine(WorkFolder, $"flight-{count}");
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder).Count() == count)
        {
            return folder;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var samples = SampleCaptures();
        for (var i = 0; i < count; i++)
        {
            var sample = samples[i % samples.Count];
            File.Copy(sample, Path.Combine(folder, $"C{i:D5}_{Path.GetFileName(sample)}"));
        }

        return folder;
    }
}
