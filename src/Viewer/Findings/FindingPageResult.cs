using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Reflection;
using System.Text;
using DroneInspect.Viewer.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace DroneInspect.Viewer.Findings;

/// <summary>
/// One page of findings written straight into the response as <c>{ total, page, pageSize, items }</c>, each item the
/// index's ready JSON. A map view's page is 100 kB or more: built in one array first, it would land on the large-object
/// heap on every query, and the collections that follow cost the server more than writing the page does.
/// </summary>
public sealed class FindingPageResult(FindingPage page, bool summary) : IResult, IEndpointMetadataProvider
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = FlightEndpoints.JsonContentType;
        var body = httpContext.Response.BodyWriter;
        Write(body, string.Create(CultureInfo.InvariantCulture, $"{{\"total\":{page.Total},\"page\":{page.Page},\"pageSize\":{page.PageSize},\"items\":["));
        var unflushed = 0;
        for (var i = 0; i < page.Items.Count; i++)
        {
            // Each item is already JSON (written by FindingJson when the index refreshed): copied, not re-encoded.
            var item = summary ? page.Items[i].SummaryJson : page.Items[i].Json;
            if (i > 0)
            {
                body.Write(","u8);
            }

            body.Write(item);
            unflushed += item.Length + 1;
            if (unflushed > FlushBytes)
            {
                await body.FlushAsync(httpContext.RequestAborted);
                unflushed = 0;
            }
        }

        body.Write("]}"u8);
        await body.FlushAsync(httpContext.RequestAborted);
    }

    private const int FlushBytes = 32 * 1024;

    private static void Write(PipeWriter body, string text) => body.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Tells the OpenAPI document the 200 answer is JSON.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, type: null, [FlightEndpoints.JsonContentType]));
}
