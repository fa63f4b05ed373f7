using DroneInspect.Browser.Tests.Support;
using Microsoft.Playwright;

namespace DroneInspect.Browser.Tests;

/// <summary>Signing in through the page as each role, a wrong password, and signing out, as a person sees them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser)
{
    public static TheoryData<string> Roles => new(ViewerSite.Roles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRoleSignsInAndSeesItsNameAndRole(string role)
    {
        var page = await browser.SignedInPageAsync(role);

        await Assertions.Expect(page.Locator("#account-name")).ToHaveTextAsync($"{role} ({role})");
        Assert.Equal(browser.Site.Url.AbsoluteUri, page.Url);
        await Screenshots.TakeAsync(page, $"signin-{role}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WrongPasswordIsSaidPlainlyAndNothingOpens()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#userName", "engineer");
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("#signin button[type=submit]");

        await Assertions.Expect(page.Locator("#signin-error")).ToHaveTextAsync("Wrong user name or password.");
        Assert.Contains("/signin.html", page.Url, StringComparison.Ordinal);
        var api = await page.APIRequest.GetAsync("/api/flights");
        Assert.Equal(401, api.Status);
        await Screenshots.TakeAsync(page, "signin-wrong-password");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SigningOutReturnsToTheSignInPageAndClosesTheApi()
    {
        var page = await browser.SignedInPageAsync("service");

        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync(url => url.Contains("/signin.html", StringComparison.Ordinal));

        Assert.Equal(401, (await page.APIRequest.GetAsync("/api/flights")).Status);
        await page.Context.CloseAsync();
    }
}
