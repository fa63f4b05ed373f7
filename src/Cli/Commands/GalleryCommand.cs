using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Reports;
using DroneInspect.Vision.Thermal.Rendering;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `gallery`: runs the hot-region finder and grading on every real thermal sample (flir/*.jpg, flir/*.fff, tiff/*.tiff,
/// dji_thermal/*/*.JPG under the samples folder) exactly as `hotspots` does, and writes OUT/thermal-gallery.md with one
/// outlined palette image per file under OUT/thermal-gallery/. A file that does not decode gets a line saying why.
/// </summary>
public sealed class GalleryCommand : ICliCommand
{
    public const string MarkdownName = "thermal-gallery.md";
    public const string ImageFolderName = "thermal-gallery";

    private static readonly string[] Patterns = ["flir/*.jpg", "flir/*.fff", "tiff/*.tiff", "dji_thermal/*/*.JPG"];

    private static readonly OptionSpec Out = new("--out", "DIR", "Folder for thermal-gallery.md and its images (e.g. docs).", Required: true);
    private static readonly OptionSpec Samples = new("--samples", "DIR", "Folder of real samples (default: ../shared/data beside the repository).");

    public string Name => "gallery";

    public string Summary => "Outline every hot region the finder reports on the real thermal samples (docs/thermal-gallery.md).";

    public CommandSyntax Syntax { get; } = new([], [Out, Samples]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        string outFolder = Path.GetFullPath(arguments.GetRequiredString(Out.Name));
        string samples = Path.GetFullPath(arguments.GetString(Samples.Name)
            ?? Path.Combine(context.DefaultDataFolder, "..", "..", "shared", "data"));
        if (!Directory.Exists(samples))
        {
            await context.Error.WriteLineAsync($"droneinspect gallery: samples folder {samples} not found (give --samples DIR).");
            return 1;
        }

        string images = Path.Combine(outFolder, ImageFolderName);
        Directory.CreateDirectory(images);
        var entries = new List<GalleryEntry>();
        foreach (string file in SampleFiles(samples))
        {
            string relative = Path.GetRelativePath(samples, file).Replace('\\', '/');
            ThermalImage image;
            try
            {
                image = ThermalDecoder.Decode(file);
            }
            catch (ThermalFormatException e)
            {
                entries.Add(new GalleryEntry(relative, null, null, e.Message));
                continue;
            }

            var run = HotspotRun.Analyze(image, givenAmbientCelsius: null, networkEquipmentInView: false);
            string png = relative.Replace('/', '_') + ".png";
            await File.WriteAllBytesAsync(Path.Combine(images, png), RegionOutlines.Render(image.Map, run.Hotspots));
            entries.Add(new GalleryEntry(relative, new HotspotsReport(file, image, run.Ambient, run.Hotspots), $"{ImageFolderName}/{png}", null));
            await context.Out.WriteLineAsync($"{relative}: {run.Hotspots.Count} region(s)");
        }

        await File.WriteAllTextAsync(Path.Combine(outFolder, MarkdownName), GalleryMarkdown.Write(entries));
        await context.Out.WriteLineAsync($"wrote {Path.Combine(outFolder, MarkdownName)} ({entries.Count} files)");
        return 0;
    }

    private static IEnumerable<string> SampleFiles(string samples)
    {
        foreach (string pattern in Patterns)
        {
            string folderPattern = Path.GetDirectoryName(pattern)!;
            string filePattern = Path.GetFileName(pattern);
            var folders = folderPattern.Contains('*', StringComparison.Ordinal)
                ? Directory.Exists(Path.Combine(samples, Path.GetDirectoryName(folderPattern)!))
                    ? Directory.GetDirectories(Path.Combine(samples, Path.GetDirectoryName(folderPattern)!)).Order(StringComparer.Ordinal)
                    : Enumerable.Empty<string>()
                : [Path.Combine(samples, folderPattern)];
            foreach (string folder in folders.Where(Directory.Exists))
            {
                foreach (string file in Directory.GetFiles(folder, filePattern).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
        }
    }
}
