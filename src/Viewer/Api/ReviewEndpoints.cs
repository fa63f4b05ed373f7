using System.Security.Claims;
using System.Text.Json;
using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;
using DroneInspect.Viewer.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Api;

/// <summary>
/// A finding's review history: GET /api/flights/{id}/findings/{findingId}/reviews (whoever may see the flight) and
/// POST to the same path {action, standard?, level?, comment?} (engineers): 201 with the recorded event, who being the
/// signed-in user. Unknown flights and findings are 404; an invalid action, grade or comment is 400 saying what is wrong.
/// </summary>
public static class ReviewEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("api/flights/{id}/findings/{findingId}/reviews");
        reviews.MapGet("", HistoryAsync).RequireViewerPolicy(ViewerPolicies.ReadFlights);
        reviews.MapPost("", RecordAsync).RequireViewerPolicy(ViewerPolicies.Engineer);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ReviewEvent>>, ProblemHttpResult>> HistoryAsync(
        string id, string findingId, ClaimsPrincipal user, IFlightQueries flights, FlightAccess access, IFindingReviews reviews,
        CancellationToken cancellationToken) =>
        await FindingExistsAsync(id, findingId, user, flights, access, cancellationToken)
            ? TypedResults.Ok(await reviews.HistoryAsync(id, findingId, cancellationToken))
            : ApiProblems.NotFound($"finding '{findingId}' in flight '{id}'");

    private static async Task<Results<Created<ReviewEvent>, ProblemHttpResult>> RecordAsync(
        string id, string findingId, HttpContext http, IFlightQueries flights, FlightAccess access, IFindingReviews reviews,
        CancellationToken cancellationToken)
    {
        if (!await FindingExistsAsync(id, findingId, http.User, flights, access, cancellationToken))
        {
            return ApiProblems.NotFound($"finding '{findingId}' in flight '{id}'");
        }

        ReviewRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<ReviewRequest>(http.Request.Body, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            return Bad($"The review is not valid JSON: {e.Message}");
        }

        if (request?.Action is null)
        {
            return Bad("The review needs an \"action\": confirm, reject, regrade or comment.");
        }

        try
        {
            var recorded = await reviews.RecordAsync(id, findingId, request, ViewerPrincipal.NameOf(http.User), cancellationToken);
            return TypedResults.Created($"/api/flights/{Uri.EscapeDataString(id)}/findings/{Uri.EscapeDataString(findingId)}/reviews", recorded);
        }
        catch (ArgumentException e)
        {
            return Bad(e.Message);
        }
    }

    private static async Task<bool> FindingExistsAsync(
        string flightId, string findingId, ClaimsPrincipal user, IFlightQueries flights, FlightAccess access, CancellationToken cancellationToken) =>
        await access.CanSeeAsync(user, flightId, cancellationToken)
        && await flights.FindFindingsAsync(flightId, cancellationToken) is { } findings
        && findings.Any(f => string.Equals(f.Id, findingId, StringComparison.Ordinal));

    private static ProblemHttpResult Bad(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: detail);
}
