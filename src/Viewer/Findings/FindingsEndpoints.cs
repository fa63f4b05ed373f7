using System.Security.Claims;
using System.Text.Json;
using DroneInspect.Viewer.Api;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Findings;

/// <summary>
/// <c>GET /api/findings</c>: every flight's findings the caller may see, filtered (bbox, grade, review, kind, flight,
/// from, to) and paged (page, pageSize), hottest first, whole or as summaries (view=summary), as <c>{ total, page, pageSize, items }</c> where each item is
/// the <see cref="Grains.Abstractions.FindingJson"/> shape with <c>flightId</c> and <c>capturedAtUtc</c>. Served from
/// <see cref="FindingIndex"/>; a bad parameter is a 400 validation problem naming it. Pilots see their own flights only.
/// </summary>
public static class FindingsEndpoints
{
    public static IEndpointRouteBuilder MapFindingsQuery(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/findings", Query)
            .RequireViewerPolicy(ViewerPolicies.ReadFlights)
            .WithSummary("Findings of every visible flight, filtered and paged, hottest first.");
        return app;
    }

    private static Results<FindingPageResult, ValidationProblem> Query(HttpRequest request, ClaimsPrincipal user, FindingIndex index)
    {
        if (!FindingQuery.TryParse(request.Query, out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors, detail: "Bad query parameter(s): " + string.Join(", ", errors.Keys) + ".");
        }

        // Who may see what is decided once per request, not per finding: IsInRole walks the claims each time.
        var admits = FlightAccess.OwnerFilter(user);
        var page = index.Query(query, f => admits(f.Owner));
        return new FindingPageResult(page, query.Summary);
    }
}
