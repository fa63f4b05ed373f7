using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Hosting;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// On the first start with no user at all, creates <see cref="UserName"/> (role admin) with a random secret, stores
/// only its hash, and keeps the secret in memory until <see cref="TakeSecret"/> hands it out once (the CLI prints it).
/// There is never a fixed password; a lost secret means deleting viewer.db under the data folder and starting again.
/// </summary>
public sealed class FirstRunAdmin(IAccountStore accounts) : IHostedService
{
    public const string UserName = "admin";

    private const int SecretBytes = 24;

    private string? _secret;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await accounts.AnyUserAsync(cancellationToken))
        {
            return;
        }

        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(SecretBytes));
        var admin = new Account(UserName, AccountSignIn.HashPassword(UserName, secret), [ViewerRoles.Admin]);
        if (await accounts.TryCreateAsync(admin, cancellationToken))
        {
            _secret = secret;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The first-run secret the first time it is asked for after it was created; null ever after.</summary>
    public string? TakeSecret() => Interlocked.Exchange(ref _secret, null);
}
