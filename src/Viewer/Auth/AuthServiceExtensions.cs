using System.Threading.RateLimiting;
using DroneInspect.Viewer.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// Sign-in for the viewer: a cookie for the pages (with anti-forgery), bearer API tokens for the CLI, role policies
/// with "signed in" as the fallback, the per-address sign-in rate limit, and the first-run admin.
/// </summary>
public static class AuthServiceExtensions
{
    /// <summary>Picks the token handler when a bearer token is sent, the cookie otherwise.</summary>
    public const string SchemeName = "DroneInspect";

    public const string CookieName = "droneinspect.auth";

    public const string AntiforgeryHeaderName = "X-CSRF-TOKEN";

    public const string SignInRateLimitPolicy = "sign-in";

    public const string SignInPagePath = "/signin.html";

    public static WebApplicationBuilder AddViewerAuth(this WebApplicationBuilder builder, ViewerOptions options)
    {
        var services = builder.Services;
        services.AddSingleton(new ViewerDatabase(options.DataFolder));
        services.AddSingleton<SqliteAccountStore>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IAccountStore>(sp => new CachingAccountStore(sp.GetRequiredService<SqliteAccountStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AccountSignIn>();
        services.AddSingleton<FirstRunAdmin>();
        services.AddHostedService(sp => sp.GetRequiredService<FirstRunAdmin>());

        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "Cookie or API token", scheme =>
                scheme.ForwardDefaultSelector = context => ApiTokenAuthenticationHandler.HasBearer(context.Request)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddCookie(ConfigureCookie);
        services.AddAuthorization(ViewerPolicies.AddTo);

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = AntiforgeryHeaderName;
            antiforgery.Cookie.Name = "droneinspect.csrf";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.SuppressXFrameOptionsHeader = true;
        });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<ViewerOptions>>().Value.SignInAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return builder;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
        cookie.LoginPath = SignInPagePath;
        cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        cookie.Events.OnValidatePrincipal = RefreshRoles;
    }

    /// <summary>Pages redirect to the sign-in page; everything else (API, OpenAPI, sign-in calls) answers the status code.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        var isPage = statusCode == StatusCodes.Status401Unauthorized
            && HttpMethods.IsGet(context.Request.Method)
            && !context.Request.Path.StartsWithSegments("/api")
            && !context.Request.Path.StartsWithSegments("/openapi")
            && !context.Request.Path.StartsWithSegments("/auth");
        if (isPage)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = statusCode;
        }

        return Task.CompletedTask;
    }

    /// <summary>Reads the user's roles on every request, so a role change or a removed user applies to live cookies too.</summary>
    private static async Task RefreshRoles(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<IAccountStore>();
        var account = name is null ? null : await accounts.FindAsync(name, context.HttpContext.RequestAborted);
        if (account is null)
        {
            context.RejectPrincipal();
            return;
        }

        context.ReplacePrincipal(ViewerPrincipal.For(account, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
