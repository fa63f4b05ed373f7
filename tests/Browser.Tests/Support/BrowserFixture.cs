using Microsoft.Playwright;

namespace DroneInspect.Browser.Tests.Support;

/// <summary>One Chromium and one viewer for all browser tests (each test opens its own browser context: its own cookies).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private ChromiumBrowser? _chromium;
    private ViewerSite? _site;

    public ViewerSite Site => _site ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _chromium = await ChromiumBrowser.LaunchAsync();
        _site = await ViewerSite.StartAsync();
    }

    /// <summary>A fresh browser context (no cookies) on the site, with a page sized like an engineer's screen.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(Site);

    /// <summary>As <see cref="NewPageAsync()"/>, on another site (a test that needs a viewer of its own).</summary>
    public async Task<IPage> NewPageAsync(ViewerSite site)
    {
        var context = await (_chromium ?? throw new InvalidOperationException("not started")).Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Url.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();

        // What the page itself complains about (script errors, refused resources) goes to the test output.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Console.Error.WriteLine($"[browser {message.Type}] {page.Url}: {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Console.Error.WriteLine($"[browser HTTP {response.Status}] {response.Request.Method} {response.Url}");
            }
        };
        page.PageError += (_, error) => Console.Error.WriteLine($"[browser page error] {page.Url}: {error}");
        return page;
    }

    /// <summary>Signs in through the sign-in page as <paramref name="role"/>'s account and waits for the viewer.</summary>
    public Task<IPage> SignedInPageAsync(string role, string path = "/") => SignedInPageAsync(Site, role, path);

    public async Task<IPage> SignedInPageAsync(ViewerSite site, string role, string path = "/")
    {
        var page = await NewPageAsync(site);
        await page.GotoAsync(path);
        await page.WaitForURLAsync(url => url.Contains("/signin.html", StringComparison.Ordinal));
        await page.FillAsync("#userName", role);
        await page.FillAsync("#password", site.PasswordOf(role));
        await page.ClickAsync("#signin button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/signin.html", StringComparison.Ordinal));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
