using DroneInspect.Viewer.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Uploads;

/// <summary>Uploads are for pilots: a pilot account with an API token in the host's account store.</summary>
internal static class TestPilot
{
    public const string UserName = "pilot-up";

    public static async Task<string> CreateAsync(IServiceProvider services, string userName = UserName)
    {
        var accounts = services.GetRequiredService<IAccountStore>();
        Assert.True(await accounts.TryCreateAsync(new Account(userName, AccountSignIn.HashPassword(userName, "pilot password 1"), [ViewerRoles.Pilot]), default));
        var (token, record) = ApiTokens.Create(userName, "upload tests", DateTimeOffset.UtcNow);
        await accounts.AddTokenAsync(record, default);
        return token;
    }
}
