using Microsoft.AspNetCore.Builder;

namespace DroneInspect.Viewer.Auth;

/// <summary>Who may call an endpoint, as endpoint metadata (the OpenAPI document publishes it as x-droneinspect-access).</summary>
/// <param name="Policy">A <see cref="ViewerPolicies"/> name, or <see cref="Anonymous"/>.</param>
public sealed record ViewerAccessMetadata(string Policy)
{
    public const string Anonymous = "anonymous";

    public IReadOnlyList<string> Roles => Policy == Anonymous ? [] : ViewerPolicies.RolesOf(Policy);
}

public static class EndpointAccessExtensions
{
    /// <summary>Requires <paramref name="policy"/> (a <see cref="ViewerPolicies"/> name) and records it for the OpenAPI document.</summary>
    public static TBuilder RequireViewerPolicy<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder
    {
        _ = ViewerPolicies.RolesOf(policy);
        return builder.RequireAuthorization(policy).WithMetadata(new ViewerAccessMetadata(policy));
    }

    /// <summary>
    /// Opens an endpoint to anonymous callers. Only `GET /healthz` and what signing in needs may use this; a test
    /// lists every anonymous endpoint and fails on any other.
    /// </summary>
    public static TBuilder AllowAnonymousForSignIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().WithMetadata(new ViewerAccessMetadata(ViewerAccessMetadata.Anonymous));
}
