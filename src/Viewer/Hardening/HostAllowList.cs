using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DroneInspect.Viewer.Hardening;

/// <summary>
/// Answers only requests whose Host is in <see cref="ViewerOptions.EffectiveAllowedHosts"/> (400 otherwise), through
/// ASP.NET Core's host filtering. Why: with DNS rebinding, a page on evil.example re-points its name at 127.0.0.1 and
/// its script then reaches this loopback server as same-origin; its requests still say "Host: evil.example".
/// </summary>
public static class HostAllowList
{
    /// <summary>From the bound "Viewer" options, so configuration (e.g. Viewer__AllowedHosts__0) can add names.</summary>
    public static IServiceCollection AddHostAllowList(this IServiceCollection services)
    {
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<ViewerOptions>>((filtering, viewer) =>
        {
            filtering.AllowedHosts = viewer.Value.EffectiveAllowedHosts().ToList();
            filtering.AllowEmptyHosts = false;
            filtering.IncludeFailureMessage = true;
        });
        return services;
    }
}
