using DroneInspect.Viewer.Api;
using DroneInspect.Viewer.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace DroneInspect.Viewer.Map;

/// <summary>
/// What the map page needs besides findings: <c>GET /api/assets.geojson</c> (the configured asset network,
/// <see cref="ViewerOptions.AssetNetworkPath"/>; 404 problem when none is configured) and <c>GET /api/map-config</c>
/// (<c>{ tileUrl, tileAttribution }</c>, both null without a tile server: the page then draws a graticule).
/// </summary>
public static class MapEndpoints
{
    public static IEndpointRouteBuilder MapMapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api").RequireViewerPolicy(ViewerPolicies.ReadFlights);
        api.MapGet("assets.geojson", Assets).WithSummary("The configured asset network as a GeoJSON FeatureCollection.");
        api.MapGet("map-config", Config).WithSummary("The map's tile server (null: plain background with a graticule).");
        return app;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Assets(IOptions<ViewerOptions> options, AssetNetworkGeoJson network)
    {
        if (options.Value.AssetNetworkPath is not { } path)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "No asset network",
                detail: "No asset network is configured (serve --assets FILE); the map shows findings only.");
        }

        try
        {
            return TypedResults.Bytes(network.Read(path), FlightEndpoints.GeoJsonContentType);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError, title: "Asset network unreadable",
                detail: $"The configured asset network cannot be read: {ex.Message}");
        }
    }

    private static Ok<MapConfig> Config(IOptions<ViewerOptions> options) =>
        TypedResults.Ok(new MapConfig(
            string.IsNullOrWhiteSpace(options.Value.MapTileUrl) ? null : options.Value.MapTileUrl,
            string.IsNullOrWhiteSpace(options.Value.MapTileUrl) ? null : options.Value.MapTileAttribution));
}

/// <summary>The map page's background: a tile URL template and its attribution, or both null for the graticule.</summary>
public sealed record MapConfig(string? TileUrl, string? TileAttribution);
