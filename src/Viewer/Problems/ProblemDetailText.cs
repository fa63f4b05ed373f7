using DroneInspect.Viewer.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DroneInspect.Viewer.Problems;

/// <summary>
/// Fills in what an error answer leaves out, so every 4xx/5xx says what is wrong and what to do: refusals that carry
/// only a status code (an unknown route, a method the route does not take, sign-in and role refusals, a body over its
/// limit, a rate limit, an unexpected failure) get a detail naming the request and the remedy. A detail an endpoint
/// wrote itself is kept.
/// </summary>
public static class ProblemDetailText
{
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Detail ??= Describe(context.HttpContext, problem.Status ?? context.HttpContext.Response.StatusCode);
    }

    private static string? Describe(HttpContext http, int status)
    {
        var request = $"{http.Request.Method} {http.Request.Path}";
        return status switch
        {
            StatusCodes.Status400BadRequest => $"{request}: the request is malformed.",
            StatusCodes.Status401Unauthorized => ApiTokenAuthenticationHandler.HasBearer(http.Request)
                ? "The API token was not accepted: it is unknown or revoked, or its user no longer exists. Create a new one " +
                  "with `droneinspect token create` or POST /api/tokens."
                : $"{request} needs a signed-in user: send an API token as 'Authorization: Bearer di_...' " +
                  "(`droneinspect token create`), or sign in at /signin.html.",
            StatusCodes.Status403Forbidden => Forbidden(http, request),
            StatusCodes.Status404NotFound => http.GetEndpoint() is null
                ? $"No endpoint answers {request}. The API is listed at /openapi/v1.json and /api-reference.html."
                : $"{request}: nothing by that name, or nothing you may see.",
            StatusCodes.Status405MethodNotAllowed =>
                $"{http.Request.Method} is not allowed on {http.Request.Path}; it answers {AllowedMethods(http)}.",
            StatusCodes.Status413PayloadTooLarge =>
                $"The body of {request} is over its limit of {http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? RequestBodyLimits.DefaultBytes} bytes.",
            StatusCodes.Status415UnsupportedMediaType => $"{request}: send the body as JSON (Content-Type: application/json).",
            StatusCodes.Status429TooManyRequests => $"Too many requests from this address for {request}; wait a minute and try again.",
            >= StatusCodes.Status500InternalServerError =>
                $"The server failed on {request}; the failure is in its log under this answer's traceId. Try again, or report it with the traceId.",
            _ => null,
        };
    }

    private static string Forbidden(HttpContext http, string request)
    {
        var user = ViewerPrincipal.NameOf(http.User);
        var held = ViewerRoles.All.Where(http.User.IsInRole).ToList();
        var needed = http.GetEndpoint()?.Metadata.GetMetadata<ViewerAccessMetadata>()?.Roles ?? [];
        var heldText = held.Count == 0 ? "no role" : "role " + string.Join(", ", held);
        return needed.Count == 0
            ? $"{user} ({heldText}) may not call {request}."
            : $"{user} ({heldText}) may not call {request}: it is for {string.Join(" or ", needed)}. An admin grants roles (PUT /api/admin/users/{{userName}}/roles).";
    }

    private static string AllowedMethods(HttpContext http) =>
        http.Response.Headers.Allow is { Count: > 0 } allow ? allow.ToString() : "other methods";
}
