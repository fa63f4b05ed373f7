using System.Text.Json.Nodes;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Evidence;
using DroneInspect.Viewer.Flights;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace DroneInspect.Viewer.Api;

/// <summary>
/// A sighting's evidence, kept at analysis time (one route group, so an authorization policy attaches in one place):
/// <c>GET /api/flights/{flightId}/findings/{findingId}/sightings/{captureId}/</c>
/// <c>evidence</c> (its evidence.json with <c>urls</c> added), <c>thermal.png</c>, <c>tile.f32</c> and <c>rgb.jpg</c>.
/// Each answer carries a strong ETag (the SHA-256 of its content) and is answered 304 when If-None-Match names it. The
/// file URLs in <c>urls</c> carry <c>?v=</c> with the file's hash: those answers are immutable; a URL without the
/// current hash is revalidated instead (a rerun may replace the evidence behind the same finding and capture).
/// Absent evidence is a 404 problem that says why.
/// </summary>
public static class EvidenceEndpoints
{
    public const string ImmutableCacheControl = "private, max-age=31536000, immutable";
    public const string RevalidateCacheControl = "private, no-cache";

    /// <summary>Maps the evidence routes; returns their group (for the policy the host attaches).</summary>
    public static RouteGroupBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var evidence = app.MapGroup("api/flights/{flightId}/findings/{findingId}/sightings/{captureId}")
            .RequireViewerPolicy(ViewerPolicies.ReadFlights);
        evidence.AddEndpointFilter(async (context, next) =>
        {
            // Pilots see their own flights' evidence only; another's is answered 404, as if absent.
            var http = context.HttpContext;
            var flightId = http.GetRouteValue("flightId") as string ?? string.Empty;
            var access = http.RequestServices.GetRequiredService<FlightAccess>();
            return await access.CanSeeAsync(http.User, flightId, http.RequestAborted)
                ? await next(context)
                : NotFound($"no flight {flightId}");
        });
        evidence.MapGet("evidence", GetMetadata);
        evidence.MapGet("thermal.png", (string flightId, string findingId, string captureId, HttpContext http, EvidenceReader reader, CancellationToken ct)
            => GetFile(flightId, findingId, captureId, "thermal", "image", http, reader, ct));
        evidence.MapGet("tile.f32", (string flightId, string findingId, string captureId, HttpContext http, EvidenceReader reader, CancellationToken ct)
            => GetFile(flightId, findingId, captureId, "thermal", "tile", http, reader, ct));
        evidence.MapGet("rgb.jpg", (string flightId, string findingId, string captureId, HttpContext http, EvidenceReader reader, CancellationToken ct)
            => GetFile(flightId, findingId, captureId, "rgb", "image", http, reader, ct));
        return evidence;
    }

    private static async Task<IResult> GetMetadata(
        string flightId, string findingId, string captureId, HttpContext http, EvidenceReader reader, CancellationToken cancellationToken)
    {
        var (evidence, why) = await reader.FindAsync(flightId, findingId, captureId, cancellationToken);
        if (evidence is null)
        {
            return NotFound(why);
        }

        if (NotModified(http, evidence.MetadataSha256, RevalidateCacheControl) is { } notModified)
        {
            return notModified;
        }

        var basePath = $"/api/flights/{Uri.EscapeDataString(flightId)}/findings/{Uri.EscapeDataString(findingId)}/sightings/{Uri.EscapeDataString(captureId)}/";
        var urls = new JsonObject
        {
            ["thermalPng"] = Url(evidence, basePath, "thermal", "image", "thermal.png"),
            ["tile"] = Url(evidence, basePath, "thermal", "tile", "tile.f32"),
            ["rgb"] = Url(evidence, basePath, "rgb", "image", "rgb.jpg"),
        };
        var body = evidence.Metadata.DeepClone().AsObject();
        body["urls"] = urls;
        return Results.Text(body.ToJsonString(), FlightEndpoints.JsonContentType);
    }

    private static async Task<IResult> GetFile(
        string flightId, string findingId, string captureId, string section, string entry, HttpContext http, EvidenceReader reader,
        CancellationToken cancellationToken)
    {
        var (evidence, why) = await reader.FindAsync(flightId, findingId, captureId, cancellationToken);
        if (evidence is null)
        {
            return NotFound(why);
        }

        var (file, absent) = evidence.File(section, entry);
        if (file is null)
        {
            return NotFound(absent);
        }

        var versioned = http.Request.Query["v"] is [{ } v] && v == file.Sha256;
        var cacheControl = versioned ? ImmutableCacheControl : RevalidateCacheControl;
        return NotModified(http, file.Sha256, cacheControl) ?? Results.File(file.Path, file.ContentType);
    }

    /// <summary>Sets ETag and Cache-Control; a 304 when If-None-Match names the ETag (or is *), else null.</summary>
    private static IResult? NotModified(HttpContext http, string sha256, string cacheControl)
    {
        var etag = new EntityTagHeaderValue($"\"{sha256}\"");
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = cacheControl;
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : null;
    }

    private static JsonNode? Url(SightingEvidence evidence, string basePath, string section, string entry, string name) =>
        evidence.File(section, entry).File is { } file ? JsonValue.Create($"{basePath}{name}?v={file.Sha256}") : null;

    private static IResult NotFound(string? why) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Evidence not found", detail: why);
}
