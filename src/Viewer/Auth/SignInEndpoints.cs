using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// GET /auth/antiforgery (a token for the next unsafe request), POST /auth/sign-in (form fields userName and password;
/// rate limited per client address, locked out per account), POST /auth/sign-out, GET /api/me.
/// </summary>
public static class SignInEndpoints
{
    public const string UserNameField = "userName";

    public const string PasswordField = "password";

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("auth");
        auth.MapGet("antiforgery", IssueAntiforgeryToken).AllowAnonymousForSignIn();
        auth.MapPost("sign-in", SignIn)
            .AllowAnonymousForSignIn()
            .RequireRateLimiting(AuthServiceExtensions.SignInRateLimitPolicy)
            .DisableAntiforgery();
        auth.MapPost("sign-out", (Delegate)SignOut).RequireViewerPolicy(ViewerPolicies.SignedIn);
        app.MapGet("api/me", Me).RequireViewerPolicy(ViewerPolicies.SignedIn);
        return app;
    }

    /// <summary>The anti-forgery token for this caller (it changes when the caller signs in: fetch it again then).</summary>
    private static Ok<AntiforgeryTokenJson> IssueAntiforgeryToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new AntiforgeryTokenJson(tokens.HeaderName ?? AuthServiceExtensions.AntiforgeryHeaderName, tokens.RequestToken ?? ""));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignIn(
        HttpContext context, AccountSignIn signIn, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "Send userName and password as form fields.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var userName = form[UserNameField].ToString();
        var password = form[PasswordField].ToString();
        if (userName.Length == 0 || password.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "userName and password are required.");
        }

        var (outcome, account) = await signIn.CheckAsync(userName, password, cancellationToken);
        switch (outcome)
        {
            case SignInOutcome.Succeeded when account is not null:
                await context.SignInAsync(
                    CookieAuthenticationDefaults.AuthenticationScheme,
                    ViewerPrincipal.For(account, CookieAuthenticationDefaults.AuthenticationScheme));
                return TypedResults.NoContent();
            case SignInOutcome.LockedOut:
                return Problem(StatusCodes.Status429TooManyRequests, "Too many failed sign-ins for this account; try again later.");
            default:
                return Problem(StatusCodes.Status401Unauthorized, "Wrong user name or password.");
        }
    }

    private static async Task<NoContent> SignOut(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static Ok<MeJson> Me(HttpContext context) =>
        TypedResults.Ok(new MeJson(
            ViewerPrincipal.NameOf(context.User),
            ViewerRoles.All.Where(context.User.IsInRole).ToList()));

    private static ProblemHttpResult Problem(int statusCode, string detail) =>
        TypedResults.Problem(statusCode: statusCode, detail: detail);
}

public sealed record AntiforgeryTokenJson(string HeaderName, string Token);

public sealed record MeJson(string UserName, IReadOnlyList<string> Roles);
