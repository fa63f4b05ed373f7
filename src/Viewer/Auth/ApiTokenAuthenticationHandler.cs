using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// "Authorization: Bearer di_..." against the stored token hashes. A revoked token, or one whose user is gone, fails;
/// the user's roles are read on every request, so a role change applies at once.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IAccountStore accounts) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    private const string BearerPrefix = "Bearer ";

    public static bool HasBearer(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var token = Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        var record = await accounts.FindTokenByHashAsync(ApiTokens.Hash(token), Context.RequestAborted);
        if (record is null || record.Revoked is not null)
        {
            return AuthenticateResult.Fail("The API token is unknown or revoked.");
        }

        var account = await accounts.FindAsync(record.UserName, Context.RequestAborted);
        if (account is null)
        {
            return AuthenticateResult.Fail("The API token's user no longer exists.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(ViewerPrincipal.For(account, SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}
