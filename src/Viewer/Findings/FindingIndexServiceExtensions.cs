using DroneInspect.Viewer.Flights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DroneInspect.Viewer.Findings;

public static class FindingIndexServiceExtensions
{
    /// <summary>
    /// The findings index and its refresher; reviews go through <see cref="IndexRefreshingReviews"/> around the grain
    /// reviews, so a recorded review is in the index when its POST answers.
    /// </summary>
    public static IServiceCollection AddFindingIndex(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FindingIndex>();
        services.AddHostedService<FindingIndexRefresher>();
        services.AddSingleton<GrainFindingReviews>();
        services.AddSingleton<IFindingReviews>(sp =>
            new IndexRefreshingReviews(sp.GetRequiredService<GrainFindingReviews>(), sp.GetRequiredService<FindingIndex>()));
        return services;
    }
}
