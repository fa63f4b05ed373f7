using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Flights;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Api;

/// <summary>
/// GET /api/flights, /api/flights/{id}, /api/flights/{id}/findings and /api/findings.geojson. Findings are written in
/// the one shape <see cref="FindingJson"/> gives them (also the properties of each GeoJSON feature, and of
/// findings.geojson): grades with their standards, counts never under a Celsius name.
/// </summary>
public static class FlightEndpoints
{
    public const string GeoJsonContentType = "application/geo+json";

    public const string JsonContentType = "application/json";

    public static IEndpointRouteBuilder MapFlightApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api");
        var flights = api.MapGroup("flights");
        flights.MapGet("", ListFlights);
        flights.MapGet("{id}", GetFlight);
        flights.MapGet("{id}/findings", GetFindings);
        api.MapGet("findings.geojson", GetFindingsGeoJson);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<FlightStatus>>> ListFlights(
        IFlightQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListFlightsAsync(cancellationToken));

    private static async Task<Results<Ok<FlightStatus>, NotFound>> GetFlight(
        string id, IFlightQueries queries, CancellationToken cancellationToken) =>
        await queries.FindFlightAsync(id, cancellationToken) is { } status
            ? TypedResults.Ok(status)
            : TypedResults.NotFound();

    private static async Task<Results<ContentHttpResult, NotFound>> GetFindings(
        string id, IFlightQueries queries, CancellationToken cancellationToken) =>
        await queries.FindFindingsAsync(id, cancellationToken) is { } findings
            ? TypedResults.Text(FindingJson.ToJsonArray(findings), JsonContentType)
            : TypedResults.NotFound();

    /// <summary>One flight's findings with <c>?flight=ID</c>; every known flight's without it.</summary>
    private static async Task<Results<ContentHttpResult, NotFound>> GetFindingsGeoJson(
        string? flight, IFlightQueries queries, CancellationToken cancellationToken)
    {
        var flightIds = string.IsNullOrEmpty(flight)
            ? (await queries.ListFlightsAsync(cancellationToken)).Select(s => s.FlightId).ToList()
            : [flight];

        var features = new List<(string?, Finding)>();
        foreach (var flightId in flightIds)
        {
            var findings = await queries.FindFindingsAsync(flightId, cancellationToken);
            if (findings is null)
            {
                return TypedResults.NotFound();
            }

            features.AddRange(findings.Select(f => ((string?)flightId, f)));
        }

        return TypedResults.Text(FindingsGeoJson.ToGeoJson(features), GeoJsonContentType);
    }
}
