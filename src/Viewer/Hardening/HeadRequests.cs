using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DroneInspect.Viewer.Hardening;

/// <summary>
/// HEAD wherever GET is, for every endpoint present or added later: routing sees a HEAD request as GET, then the
/// method is put back before the endpoint runs, so Kestrel sends the GET answer's status and headers without its body.
/// </summary>
public static class HeadRequests
{
    private static readonly object WasHead = new();

    /// <summary>Before routing.</summary>
    public static IApplicationBuilder UseHeadAsGetForRouting(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
                context.Items[WasHead] = true;
            }

            return next(context);
        });

    /// <summary>After routing, before the endpoint.</summary>
    public static IApplicationBuilder UseHeadRestored(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Items.ContainsKey(WasHead))
            {
                context.Request.Method = HttpMethods.Head;
            }

            return next(context);
        });
}
