using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DroneInspect.Browser.Tests.Support;
using Microsoft.Playwright;

namespace DroneInspect.Browser.Tests;

/// <summary>
/// An engineer's day on the map: the sample flight's findings on the map and in the list, hottest first; the hottest
/// opened; the temperature under the cursor at its hot spot read off the thermal evidence; the finding confirmed and
/// the confirmation in its history. And a pilot, who may look but not review.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MapReviewTests(BrowserFixture browser)
{
    private static readonly PageAssertionsToHaveURLOptions Patient = new() { Timeout = 30_000 };

    [Fact]
    public async Task EngineerOpensTheHottestFindingReadsItsTmaxUnderTheCursorAndConfirmsIt()
    {
        var flight = await browser.Site.AnalysedFlightAsync();
        Assert.True(flight.FindingCount > 0, "the sample flight has findings");
        var page = await browser.SignedInPageAsync("engineer", "/map.html");

        // The map and the list show every finding, hottest first.
        var list = page.Locator("#finding-list li");
        await Assertions.Expect(list).ToHaveCountAsync(flight.FindingCount, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#map-status")).ToContainTextAsync($"{flight.FindingCount} finding");
        await Assertions.Expect(page.Locator("#map .leaflet-marker-icon").First).ToBeVisibleAsync();
        var hottest = await HottestAsync(page);
        Assert.Equal(hottest.Id, await list.First.GetAttributeAsync("data-finding-id"));
        await Screenshots.TakeAsync(page, "map-engineer");

        // Open it: title, numbers, thermal evidence with its hot spot.
        await list.First.ClickAsync();
        await Assertions.Expect(page.Locator("#finding-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#finding-title")).ToContainTextAsync(hottest.Id);
        await Assertions.Expect(page.Locator("#finding-numbers")).ToContainTextAsync("Tmax");
        await Assertions.Expect(page.Locator("#finding-numbers")).ToContainTextAsync(AmbientWithSource());
        await Assertions.Expect(page.Locator("#finding-numbers")).ToContainTextAsync(new Regex("Reference[^(]+\\((similar-component|surroundings|ambient)\\)"));
        var canvas = page.Locator("canvas#thermal-canvas");
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-tmax-x", new Regex("^[0-9]+$"));

        // The temperature under the cursor at the hot spot is the finding's Tmax (within 0.5 K).
        var (x, y) = await PointAtTmaxAsync(canvas);
        await page.Mouse.MoveAsync(x, y);
        var readout = await page.Locator("#thermal-readout").TextContentAsync() ?? "";
        var match = Readout().Match(readout);
        Assert.True(match.Success, $"readout '{readout}'");
        var underCursor = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(underCursor, hottest.TmaxCelsius - 0.5, hottest.TmaxCelsius + 0.5);
        await Screenshots.TakeAsync(page, "finding-panel-readout");

        // Confirm; the event is in the history with who did it.
        await page.ClickAsync("#review-confirm");
        await Assertions.Expect(page.Locator("#finding-history li").Last).ToContainTextAsync("confirmed by engineer", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#review-error")).ToBeHiddenAsync();
        await Screenshots.TakeAsync(page, "finding-confirmed");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PilotSeesTheFindingButNoReviewActions()
    {
        var flight = await browser.Site.AnalysedFlightAsync();
        var page = await browser.SignedInPageAsync("pilot", "/map.html");
        await Assertions.Expect(page.Locator("#finding-list li")).ToHaveCountAsync(flight.FindingCount, new() { Timeout = 30_000 });
        var first = page.Locator("#finding-list li").First;
        var findingId = await first.GetAttributeAsync("data-finding-id");

        await first.ClickAsync();

        await Assertions.Expect(page.Locator("#finding-title")).ToContainTextAsync(findingId!);
        await Assertions.Expect(page.Locator("#finding-history")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#review-actions")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#review-confirm")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "finding-panel-pilot");

        // Nor can the pilot review through the API behind the page.
        var token = await page.APIRequest.GetAsync("/auth/antiforgery");
        var antiforgery = JsonDocument.Parse(await token.TextAsync()).RootElement;
        var refused = await page.APIRequest.PostAsync($"/api/flights/{flight.FlightId}/findings/{findingId}/reviews", new()
        {
            DataObject = new { action = "confirm" },
            Headers = new Dictionary<string, string> { [antiforgery.GetProperty("headerName").GetString()!] = antiforgery.GetProperty("token").GetString()! },
        });
        Assert.Equal(403, refused.Status);
        await page.Context.CloseAsync();
    }

    /// <summary>The hottest finding as the API gives it (hottest first), with its Tmax.</summary>
    private static async Task<(string Id, double TmaxCelsius)> HottestAsync(IPage page)
    {
        var answer = await page.APIRequest.GetAsync("/api/findings?pageSize=1&kind=thermal");
        var item = JsonDocument.Parse(await answer.TextAsync()).RootElement.GetProperty("items")[0];
        return (item.GetProperty("id").GetString()!, item.GetProperty("maxTemperatureCelsius").GetDouble());
    }

    /// <summary>Where on the screen the frame pixel of Tmax is drawn (its centre), from the canvas's size on screen.</summary>
    private static async Task<(float X, float Y)> PointAtTmaxAsync(ILocator canvas)
    {
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = await canvas.BoundingBoxAsync() ?? throw new InvalidOperationException("the thermal canvas is not on screen");
        double Attribute(string name) => double.Parse(canvas.GetAttributeAsync(name).GetAwaiter().GetResult()!, CultureInfo.InvariantCulture);
        var (tmaxX, tmaxY) = (Attribute("data-tmax-x"), Attribute("data-tmax-y"));
        var (width, height) = (Attribute("data-frame-width"), Attribute("data-frame-height"));
        return ((float)(box.X + (tmaxX + 0.5) / width * box.Width), (float)(box.Y + (tmaxY + 0.5) / height * box.Height));
    }

    [GeneratedRegex(@"Ambient-?[0-9]+\.[0-9] °C \((given for this flight|the air temperature in the capture's file|assumed: [^)]+|taken from the scene: [^)]+)\)")]
    private static partial Regex AmbientWithSource();

    [GeneratedRegex(@"^(-?[0-9]+\.[0-9]) °C at \([0-9]+, [0-9]+\)$")]
    private static partial Regex Readout();
}
