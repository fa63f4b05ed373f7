using DroneInspect.Cases.Explanations.Fonts;

namespace DroneInspect.Cases.Tests.Explanations;

public sealed class ExplanationFontLocatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("explain-fonts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void MissingCjkFontNamesTheDebianPackage()
    {
        var installed = ExplanationSamples.Fonts;
        File.Copy(installed.Latin.Path, Path.Combine(_folder, "DejaVuSans.ttf"));
        File.Copy(installed.LatinBold.Path, Path.Combine(_folder, "DejaVuSans-Bold.ttf"));

        var error = Assert.Throws<ExplanationFontMissingException>(() => ExplanationFontLocator.Locate([_folder]));

        Assert.Equal("fonts-wqy-microhei", error.AptPackage);
        Assert.Contains("apt-get install fonts-wqy-microhei", error.Message);
        Assert.Contains(_folder, error.Message);
    }

    [Fact]
    public void MissingLatinFontNamesTheDebianPackage()
    {
        var error = Assert.Throws<ExplanationFontMissingException>(() => ExplanationFontLocator.Locate([_folder, Path.Combine(_folder, "absent")]));
        Assert.Equal("DejaVuSans.ttf", error.FontFile);
        Assert.Contains("apt-get install fonts-dejavu-core", error.Message);
    }

    [Fact]
    public void FontsAreFoundInSubfolders()
    {
        var installed = ExplanationSamples.Fonts;
        var nested = Directory.CreateDirectory(Path.Combine(_folder, "truetype", "x")).FullName;
        foreach (var path in new[] { installed.Latin.Path, installed.LatinBold.Path, installed.Cjk.Path })
            File.Copy(path, Path.Combine(nested, Path.GetFileName(path)));

        var fonts = ExplanationFontLocator.Locate([_folder]);

        Assert.StartsWith(nested, fonts.Cjk.Path);
        Assert.Equal("WenQuanYi Micro Hei", fonts.Cjk.Family);
    }
}
