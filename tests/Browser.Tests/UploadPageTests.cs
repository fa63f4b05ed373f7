using System.Text.RegularExpressions;
using DroneInspect.Browser.Tests.Support;
using Microsoft.Playwright;

namespace DroneInspect.Browser.Tests;

/// <summary>
/// A pilot uploads the sample flight through the upload page of a viewer of its own (so nothing is held yet) and
/// watches it through: each file's row with its quality verdict, the status through upload and analysis to
/// "Analysis complete", and the link to the flight on the map. Other roles are told they cannot upload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class UploadPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task PilotUploadsTheSampleFlightAndWatchesItToTheEnd()
    {
        await using var site = await ViewerSite.StartAsync();
        var files = Directory.GetFiles(site.Sample.FlightFolder).Order(StringComparer.Ordinal).ToArray();
        var page = await browser.SignedInPageAsync(site, "pilot", "/upload.html");
        await Assertions.Expect(page.Locator("#upload-forbidden")).ToBeHiddenAsync();

        await page.Locator("#upload-files").SetInputFilesAsync(files);
        await page.FillAsync("#upload-flight-id", "sample-page");
        await Assertions.Expect(page.Locator("#upload-table tr[data-file-name]")).ToHaveCountAsync(files.Length);
        await page.ClickAsync("#upload-start");
        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync(UploadingOrAnalysing(), new() { Timeout = 60_000 });
        await Screenshots.TakeAsync(page, "upload-in-progress");

        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync("Analysis complete", new() { Timeout = 300_000 });
        var verdicts = await page.Locator("#upload-table tr[data-file-name] .upload-verdict").AllTextContentsAsync();
        Assert.Equal(files.Length, verdicts.Count);
        Assert.All(verdicts, v => Assert.Equal("accepted", v.Trim()));
        var link = page.Locator("a#upload-flight-link");
        await Assertions.Expect(link).ToBeVisibleAsync();
        Assert.Equal("/map.html?flight=sample-page", await link.GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator("#upload-error")).ToBeHiddenAsync();
        await Screenshots.TakeAsync(page, "upload-complete");

        // The link shows the flight's findings on the map.
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("#finding-list li[data-flight-id='sample-page']").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("engineer")]
    [InlineData("service")]
    public async Task RolesThatDoNotUploadAreToldSo(string role)
    {
        var page = await browser.SignedInPageAsync(role, "/upload.html");

        await Assertions.Expect(page.Locator("#upload-forbidden")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#upload-start")).ToBeHiddenAsync();
        await Screenshots.TakeAsync(page, $"upload-forbidden-{role}");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("^(Uploading [0-9]+ of [0-9]+ files|Analysing: [0-9]+ of [0-9]+ captures|Analysis complete)$")]
    private static partial Regex UploadingOrAnalysing();
}
