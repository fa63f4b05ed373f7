using DroneInspect.Viewer.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DroneInspect.Viewer.Live;

/// <summary>Live updates: the event hub, the SSE writer, the flight watcher (a hosted service) and the upload hook.</summary>
public static class LiveServiceExtensions
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new LiveOptions());
        services.AddSingleton<LiveEventHub>();
        services.AddSingleton<LiveEventStream>();
        services.AddSingleton<FlightProgressWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<FlightProgressWatcher>());
        services.AddSingleton<IUploadProgress, LiveUploadProgress>();
        return services;
    }
}
