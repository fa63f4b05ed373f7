using DroneInspect.Viewer.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests;

/// <summary>Accounts with an API token in a host's account store, for tests that call the API as one role.</summary>
internal static class TestAccounts
{
    public const string Pilot = "pilot-up";

    public static async Task<string> CreateAsync(IServiceProvider services, string userName, string role)
    {
        var accounts = services.GetRequiredService<IAccountStore>();
        Assert.True(await accounts.TryCreateAsync(new Account(userName, AccountSignIn.HashPassword(userName, "test password 1"), [role]), default));
        var (token, record) = ApiTokens.Create(userName, "tests", DateTimeOffset.UtcNow);
        await accounts.AddTokenAsync(record, default);
        return token;
    }

    public static Task<string> CreatePilotAsync(IServiceProvider services) => CreateAsync(services, Pilot, ViewerRoles.Pilot);
}
