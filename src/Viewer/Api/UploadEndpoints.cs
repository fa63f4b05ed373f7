using System.Globalization;
using System.Text.Json;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;
using DroneInspect.Viewer.Problems;
using DroneInspect.Viewer.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Api;

/// <summary>
/// Resumable uploads, one route group (sign-in policies attach to it as a whole):
/// <list type="bullet">
/// <item>POST /api/uploads {flightId, uploader?}: 201 with a new upload, or 200 with the one still open for that flight.</item>
/// <item>GET /api/uploads/{id}: every file with its state, committed bytes and quality verdict.</item>
/// <item>POST /api/uploads/{id}/files {name, sha256, sizeBytes}: declares a file; the answer says whether the server holds it.</item>
/// <item>PATCH /api/uploads/{id}/files/{sha256} with header Upload-Offset and the bytes: appends; answers the committed offset.</item>
/// <item>POST /api/uploads/{id}/close: starts the flight; answers its status and every file's verdict.</item>
/// </list>
/// Refusals are problem details with a 4xx status and the reason (<see cref="UploadService"/> says which).
/// </summary>
public static class UploadEndpoints
{
    public const string OffsetHeader = "Upload-Offset";

    public static RouteGroupBuilder MapUploadApi(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup("api/uploads").RequireViewerPolicy(ViewerPolicies.Pilot);
        uploads.MapPost("", CreateAsync);
        uploads.MapGet("{id}", GetAsync);
        uploads.MapPost("{id}/files", DeclareAsync);
        uploads.MapPatch("{id}/files/{sha256}", AppendAsync).WithMetadata(new RequestBodyLimit(RequestBodyLimits.UploadChunkBytes));
        uploads.MapPost("{id}/close", CloseAsync);
        return uploads;
    }

    private static async Task<IResult> CreateAsync(HttpContext http, UploadService uploads)
    {
        var (request, malformed) = await ReadJsonAsync<CreateUploadRequest>(http);
        if (request is null)
        {
            return malformed!;
        }

        var user = http.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
        var outcome = uploads.Create(request, user);
        if (outcome.Problem is { } problem)
        {
            return Problem(problem);
        }

        var (session, created) = outcome.Value;
        return created ? TypedResults.Created($"/api/uploads/{session.UploadId}", session) : TypedResults.Ok(session);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, UploadService uploads, CancellationToken cancellationToken) =>
        await uploads.GetAsync(id, cancellationToken) is { } session && IsTheirs(http, session)
            ? TypedResults.Ok(session)
            : Problem(UploadProblem.NotFound($"no upload {id}"));

    private static async Task<IResult> DeclareAsync(string id, HttpContext http, UploadService uploads)
    {
        if (!IsTheirs(http, uploads, id))
        {
            return Problem(UploadProblem.NotFound($"no upload {id}"));
        }

        var (request, malformed) = await ReadJsonAsync<DeclareFileRequest>(http);
        if (request is null)
        {
            return malformed!;
        }

        var outcome = await uploads.DeclareAsync(id, request, http.RequestAborted);
        return outcome.Problem is { } problem ? Problem(problem) : FileResult(http, outcome.Value!);
    }

    private static async Task<IResult> AppendAsync(string id, string sha256, HttpContext http, UploadService uploads)
    {
        if (!IsTheirs(http, uploads, id))
        {
            return Problem(UploadProblem.NotFound($"no upload {id}"));
        }

        if (!long.TryParse(http.Request.Headers[OffsetHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return Problem(UploadProblem.BadRequest($"the {OffsetHeader} header must give the chunk's offset in bytes"));
        }

        var outcome = await uploads.AppendAsync(id, sha256.ToLowerInvariant(), offset, http.Request.Body, http.RequestAborted);
        return outcome.Problem is { } problem ? Problem(problem, http) : FileResult(http, outcome.Value!);
    }

    private static async Task<IResult> CloseAsync(
        string id, HttpContext http, UploadService uploads, IFlightOwners owners, CancellationToken cancellationToken)
    {
        if (await uploads.GetAsync(id, cancellationToken) is not { } session || !IsTheirs(http, session))
        {
            return Problem(UploadProblem.NotFound($"no upload {id}"));
        }

        // The pilot who uploads a flight owns it: they see it among their flights, other pilots do not.
        await owners.SetOwnerAsync(session.FlightId, ViewerPrincipal.NameOf(http.User), cancellationToken);
        var outcome = await uploads.CloseAsync(id, cancellationToken);
        return outcome.Problem is { } problem ? Problem(problem) : TypedResults.Ok(outcome.Value);
    }

    /// <summary>An upload is its uploader's (an admin may act on any): another pilot's is answered 404, as if absent.</summary>
    private static bool IsTheirs(HttpContext http, UploadSession session) =>
        http.User.IsInRole(ViewerRoles.Admin)
        || string.Equals(session.Uploader, ViewerPrincipal.NameOf(http.User), StringComparison.Ordinal);

    private static bool IsTheirs(HttpContext http, UploadService uploads, string uploadId) =>
        uploads.Owner(uploadId) is (true, var uploader)
        && (http.User.IsInRole(ViewerRoles.Admin) || string.Equals(uploader, ViewerPrincipal.NameOf(http.User), StringComparison.Ordinal));

    private static IResult FileResult(HttpContext http, UploadFile file)
    {
        http.Response.Headers[OffsetHeader] = file.CommittedBytes.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok(file);
    }

    private static IResult Problem(UploadProblem problem, HttpContext? http = null)
    {
        Dictionary<string, object?>? extensions = null;
        if (problem.CommittedBytes is { } committed)
        {
            extensions = new() { ["committedBytes"] = committed };
            http?.Response.Headers[OffsetHeader] = committed.ToString(CultureInfo.InvariantCulture);
        }

        return TypedResults.Problem(problem.Detail, statusCode: problem.StatusCode, title: problem.Title, extensions: extensions);
    }

    /// <summary>The body as <typeparamref name="T"/>, or a 400 naming what is wrong with it.</summary>
    private static async Task<(T? Value, IResult? Malformed)> ReadJsonAsync<T>(HttpContext http)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, Problem(UploadProblem.BadRequest("the body must be JSON (Content-Type: application/json)")));
        }

        try
        {
            var value = await http.Request.ReadFromJsonAsync<T>(http.RequestAborted);
            return value is null ? (null, Problem(UploadProblem.BadRequest("the body is JSON null; an object is expected"))) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problem(UploadProblem.BadRequest($"malformed JSON: {e.Message}")));
        }
    }
}
