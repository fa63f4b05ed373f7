using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// Anti-forgery for every unsafe request (POST, PUT, PATCH, DELETE) not authenticated by an API token: the cookie is
/// sent by the browser on its own, so a request carrying it must also carry the token from GET /auth/antiforgery in
/// the X-CSRF-TOKEN header (or the form field). Runs after authorization, so refusals keep their 401/403.
/// </summary>
public static class CookieAntiforgery
{
    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (NeedsCheck(context))
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    await Results.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Anti-forgery token missing or invalid",
                        detail: $"Get a token from GET /auth/antiforgery and send it in the {AuthServiceExtensions.AntiforgeryHeaderName} header.")
                        .ExecuteAsync(context);
                    return;
                }
            }

            await next(context);
        });

    private static bool NeedsCheck(HttpContext context)
    {
        var method = context.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
        var byToken = context.User.Identity is { IsAuthenticated: true, AuthenticationType: ApiTokenAuthenticationHandler.SchemeName };
        return !safe && !byToken;
    }
}
