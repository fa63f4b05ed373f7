using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Hardening;

/// <summary>
/// Answers only requests whose Host is in <see cref="ViewerOptions.EffectiveAllowedHosts"/> (400 otherwise), through
/// ASP.NET Core's host filtering. Why: with DNS rebinding, a page on evil.example re-points its name at 127.0.0.1 and
/// its script then reaches this loopback server as same-origin; its requests still say "Host: evil.example".
/// </summary>
public static class HostAllowList
{
    public static IServiceCollection AddHostAllowList(this IServiceCollection services, ViewerOptions options) =>
        services.Configure<HostFilteringOptions>(filtering =>
        {
            filtering.AllowedHosts = options.EffectiveAllowedHosts().ToList();
            filtering.AllowEmptyHosts = false;
            filtering.IncludeFailureMessage = true;
        });
}
