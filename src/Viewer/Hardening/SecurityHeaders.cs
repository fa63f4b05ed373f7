using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DroneInspect.Viewer.Hardening;

/// <summary>
/// Headers on every answer, page or API: a Content-Security-Policy that allows only this origin's own files (no inline
/// script or style, no framing), nosniff, X-Frame-Options DENY for older browsers, and no Referer sent anywhere. When a
/// map tile server is configured (<see cref="ViewerOptions.MapTileUrl"/>) its origin is the one other place images may
/// come from.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy without a tile server.</summary>
    public static readonly string ContentSecurityPolicy = PolicyFor(tileOrigin: null);

    /// <summary>The policy with <paramref name="tileOrigin"/> (e.g. "https://tiles.utility.example" or "https://*.tiles.example") added to img-src.</summary>
    public static string PolicyFor(string? tileOrigin) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; " +
        $"img-src 'self' data: blob:{(tileOrigin is null ? string.Empty : " " + tileOrigin)}; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ViewerOptions>>().Value;
        var policy = PolicyFor(MapTiles.OriginOf(options.MapTileUrl));
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            return next(context);
        });
    }
}
