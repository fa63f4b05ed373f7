using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Problems;

/// <summary>
/// Errors as RFC 9457 problem details (application/problem+json) everywhere: endpoints' own problems, status-code-only
/// refusals (status code pages), unreadable requests (<see cref="BadRequestExceptionHandler"/>) and unexpected
/// exceptions (the exception handler), each with a detail (<see cref="ProblemDetailText"/>).
/// </summary>
public static class ProblemDetailsExtensions
{
    public static IServiceCollection AddViewerProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailText.Fill);
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Binding failures (bad JSON, wrong content type, a route value of the wrong type) throw, so the handler above
        // answers them with the reason; otherwise minimal APIs set a bare 400 and log the reason only.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
