using DroneInspect.Cli.Tests.Support;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Cli.Tests.Commands;

public sealed class GalleryCommandTests
{
    [SharedDataFact]
    public async Task WritesOneOutlinedImageAndSectionPerRealThermalFileAndSaysWhyOneIsSkipped()
    {
        using var temp = new TempFolder();

        var run = await CliRun.Of("gallery", "--out", temp.Path, "--samples", SharedData.Root!);

        Assert.Equal(0, run.ExitCode);
        string markdown = await File.ReadAllTextAsync(Path.Combine(temp.Path, "thermal-gallery.md"));
        Assert.Contains("## flir/FLIR.jpg", markdown);
        Assert.Contains("## dji_thermal/M3T/DJI_0001_R.JPG", markdown);
        Assert.Contains("## flir/FLIR_i7_exiftool_test.jpg", markdown);
        Assert.Contains("Skipped, no temperature map to analyse:", markdown);
        var images = Directory.GetFiles(Path.Combine(temp.Path, "thermal-gallery"), "*.png");
        Assert.Equal(10, images.Length);
        Assert.All(images, image => Assert.Contains($"(thermal-gallery/{Path.GetFileName(image)})", markdown));
        Assert.All(images, image => Assert.Equal(0x89, File.ReadAllBytes(image)[0])); // PNG signature
        // FLIR.jpg's mug: the first region row holds the map's maximum, 62.3 C.
        Assert.Contains("| 1 | 62.3 |", markdown);
    }

    [Fact]
    public async Task MissingSamplesFolderIsAnErrorWithExitOne()
    {
        using var temp = new TempFolder();

        var run = await CliRun.Of("gallery", "--out", temp.Path, "--samples", Path.Combine(temp.Path, "nowhere"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not found", run.Error);
    }
}
