using DroneInspect.Viewer.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Api;

/// <summary>GET /healthz: "ok" once the host answers; the one anonymous endpoint outside signing in.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("healthz", () => TypedResults.Text("ok")).AllowAnonymousForSignIn();
        return app;
    }
}
