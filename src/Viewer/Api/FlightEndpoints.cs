using System.Security.Claims;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;
using DroneInspect.Viewer.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Api;

/// <summary>
/// GET /api/flights, /api/flights/{id}, /api/flights/{id}/findings and /api/findings.geojson. Findings are written in
/// the one shape <see cref="FindingJson"/> gives them (also the properties of each GeoJSON feature, and of
/// findings.geojson): grades with their standards, counts never under a Celsius name. Pilots see only the flights
/// they own; another's flight is answered 404, as if absent (see <see cref="FlightAccess"/>).
/// </summary>
public static class FlightEndpoints
{
    public const string GeoJsonContentType = "application/geo+json";

    public const string JsonContentType = "application/json";

    public static IEndpointRouteBuilder MapFlightApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api").RequireViewerPolicy(ViewerPolicies.ReadFlights);
        var flights = api.MapGroup("flights");
        flights.MapGet("", ListFlights);
        flights.MapGet("{id}", GetFlight);
        flights.MapGet("{id}/findings", GetFindings);
        api.MapGet("findings.geojson", GetFindingsGeoJson);
        return app;
    }

    private static async Task<Ok<List<FlightStatus>>> ListFlights(
        ClaimsPrincipal user, IFlightQueries queries, FlightAccess access, CancellationToken cancellationToken) =>
        TypedResults.Ok(await VisibleAsync(user, await queries.ListFlightsAsync(cancellationToken), access, cancellationToken));

    private static async Task<Results<Ok<FlightStatus>, ProblemHttpResult>> GetFlight(
        string id, ClaimsPrincipal user, IFlightQueries queries, FlightAccess access, CancellationToken cancellationToken) =>
        await access.CanSeeAsync(user, id, cancellationToken) && await queries.FindFlightAsync(id, cancellationToken) is { } status
            ? TypedResults.Ok(status)
            : ApiProblems.NotFound($"flight '{id}'");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetFindings(
        string id, ClaimsPrincipal user, IFlightQueries queries, FlightAccess access, CancellationToken cancellationToken) =>
        await access.CanSeeAsync(user, id, cancellationToken) && await queries.FindFindingsAsync(id, cancellationToken) is { } findings
            ? TypedResults.Text(FindingJson.ToJsonArray(findings), JsonContentType)
            : ApiProblems.NotFound($"flight '{id}'");

    private static async Task<List<FlightStatus>> VisibleAsync(
        ClaimsPrincipal user, IReadOnlyList<FlightStatus> flights, FlightAccess access, CancellationToken cancellationToken)
    {
        var visible = new List<FlightStatus>();
        foreach (var flight in flights)
        {
            if (await access.CanSeeAsync(user, flight.FlightId, cancellationToken))
            {
                visible.Add(flight);
            }
        }

        return visible;
    }

    /// <summary>One flight's findings with <c>?flight=ID</c>; every known flight's without it.</summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetFindingsGeoJson(
        string? flight, ClaimsPrincipal user, IFlightQueries queries, FlightAccess access, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(flight) && !await access.CanSeeAsync(user, flight, cancellationToken))
        {
            return ApiProblems.NotFound($"flight '{flight}'");
        }

        var flightIds = string.IsNullOrEmpty(flight)
            ? (await VisibleAsync(user, await queries.ListFlightsAsync(cancellationToken), access, cancellationToken)).Select(s => s.FlightId).ToList()
            : [flight];

        var features = new List<(string?, Finding)>();
        foreach (var flightId in flightIds)
        {
            var findings = await queries.FindFindingsAsync(flightId, cancellationToken);
            if (findings is null)
            {
                return ApiProblems.NotFound($"flight '{flightId}'");
            }

            features.AddRange(findings.Select(f => ((string?)flightId, f)));
        }

        return TypedResults.Text(FindingsGeoJson.ToGeoJson(features), GeoJsonContentType);
    }
}
