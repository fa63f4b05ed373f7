using Microsoft.AspNetCore.Authorization;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// The authorization policies endpoints use, in one place. Each names the roles it admits (admin is admitted
/// everywhere); <see cref="SignedIn"/> admits any signed-in user, roles or not. Endpoints declare theirs with
/// <see cref="EndpointAccessExtensions.RequireViewerPolicy{TBuilder}"/>, which also publishes it in the OpenAPI document.
/// </summary>
public static class ViewerPolicies
{
    public const string SignedIn = "signed-in";

    /// <summary>Flights and findings: pilots see their own flights only (the endpoint filters), the others all.</summary>
    public const string ReadFlights = "read-flights";

    public const string Pilot = "pilot";

    public const string Engineer = "engineer";

    public const string Service = "service";

    public const string Admin = "admin";

    /// <summary>Each role policy and the roles it admits; <see cref="SignedIn"/> is absent (no role needed).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [ReadFlights] = [ViewerRoles.Pilot, ViewerRoles.Engineer, ViewerRoles.Service, ViewerRoles.Admin],
            [Pilot] = [ViewerRoles.Pilot, ViewerRoles.Admin],
            [Engineer] = [ViewerRoles.Engineer, ViewerRoles.Admin],
            [Service] = [ViewerRoles.Service, ViewerRoles.Admin],
            [Admin] = [ViewerRoles.Admin],
        };

    /// <summary>The roles <paramref name="policy"/> admits; empty for <see cref="SignedIn"/>.</summary>
    public static IReadOnlyList<string> RolesOf(string policy) =>
        policy == SignedIn ? [] :
        Roles.TryGetValue(policy, out var roles) ? roles : throw new ArgumentException($"Unknown viewer policy '{policy}'.", nameof(policy));

    /// <summary>
    /// Registers every policy, and makes a signed-in user the fallback: an endpoint that declares nothing is still
    /// closed to anonymous callers.
    /// </summary>
    public static void AddTo(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
