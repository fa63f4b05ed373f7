using DroneInspect.Viewer.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DroneInspect.Viewer.Live;

/// <summary>
/// GET /api/events: upload and analysis progress as server-sent events ("flight", "findings", "upload"; see
/// <see cref="LiveEvent"/>), for anyone who may read flights; a pilot receives only events about their own flights
/// and uploads. HEAD answers the headers without opening a stream.
/// </summary>
public static class LiveEndpoints
{
    /// <summary>Maps the stream, and ends every open stream when the host begins to stop (an open stream would hold up its stop).</summary>
    public static IEndpointRouteBuilder MapLiveApi(this IEndpointRouteBuilder app)
    {
        var hub = app.ServiceProvider.GetRequiredService<LiveEventHub>();
        app.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(hub.Close);
        app.MapGet("api/events", StreamAsync)
            .RequireViewerPolicy(ViewerPolicies.ReadFlights)
            .WithSummary("Live upload and analysis progress (server-sent events)")
            .WithDescription(
                "A text/event-stream that stays open. Events: \"flight\" {flightId, state, capturesDone, capturesTotal}; "
                + "\"findings\" {flightId, count}; \"upload\" {uploadId, flightId, fileName, verdict, received, total, state, problem}. "
                + "A comment line comes every 15 s when nothing else does. Pilots receive only events about their own flights and uploads. "
                + "A client that reads too slowly is dropped (the stream ends); reconnect and reload.")
            .Produces<string>(StatusCodes.Status200OK, LiveEventStream.ContentType);
        return app;
    }

    private static async Task StreamAsync(HttpContext http, LiveEventHub hub, LiveEventStream stream)
    {
        http.Response.ContentType = LiveEventStream.ContentType;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no"; // a reverse proxy must pass events on as they come
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var subscription = hub.Subscribe(LiveAudience.Of(http.User));
        try
        {
            await stream.WriteAsync(subscription, http.Response.Body, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // the client left: nothing more to send
        }
        catch (IOException) when (http.RequestAborted.IsCancellationRequested)
        {
            // the connection broke while an event was being written
        }
    }
}
