using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace DroneInspect.Viewer.Problems;

/// <summary>
/// A request the server could not read is the client's error, never a 500: a body over its limit (413, thrown by
/// Kestrel while reading), a body that is not JSON or not of the expected shape, a wrong content type (415) or a route
/// value of the wrong type (400, thrown by minimal API binding with <c>ThrowOnBadRequest</c>). Answers problem details
/// with the reader's own explanation; anything else is left to the default 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } bad =>
                (bad.StatusCode, $"The body is not valid JSON for {httpContext.Request.Method} {httpContext.Request.Path}: {json.Message}"),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, (string?)null), // the limit is added by ProblemDetailText
            BadHttpRequestException bad => (bad.StatusCode, bad.Message),
            JsonException json => (StatusCodes.Status400BadRequest, $"The body is not valid JSON: {json.Message}"),
            _ => (0, null),
        };
        if (status == 0 || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }
}
