using Microsoft.Playwright;

namespace DroneInspect.Browser.Tests.Support;

/// <summary>
/// Screenshots of each step, kept with the test results: <c>test-results/screenshots/</c> at the repository root (or
/// <c>$DRONEINSPECT_TEST_RESULTS/screenshots</c>), so a failed or doubtful run can be looked at afterwards.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(ResultsRoot(), "screenshots");

    public static async Task<string> TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static string ResultsRoot()
    {
        if (Environment.GetEnvironmentVariable("DRONEINSPECT_TEST_RESULTS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DroneInspect.sln")))
            {
                return Path.Combine(folder.FullName, "test-results");
            }
        }

        return Path.Combine(Path.GetTempPath(), "droneinspect-test-results");
    }
}
