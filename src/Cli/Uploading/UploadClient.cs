using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DroneInspect.Cli.Uploading;

/// <summary>A file as the server sees it (the server's UploadFile in JSON).</summary>
public sealed record RemoteFile(
    string Name, string Sha256, long SizeBytes, string State, long CommittedBytes, string? Kind, RemoteQuality? Quality, string? Problem, string? FromZip);

public sealed record RemoteQuality(string Verdict, IReadOnlyList<RemoteReason> Reasons);

public sealed record RemoteReason(string Code, string Message, string Severity);

public sealed record RemoteSession(string UploadId, string FlightId, string? Uploader, bool Closed, IReadOnlyList<RemoteFile> Files);

public sealed record RemoteFlight(string FlightId, string State, int CapturesTotal, int CapturesDone, int CapturesFailed, IReadOnlyList<string> Problems, int FindingCount);

public sealed record RemoteClose(string UploadId, string FlightId, RemoteFlight Flight, IReadOnlyList<RemoteFile> Files);

/// <summary>The server refused a request: its status and the reason it gave.</summary>
public sealed class UploadRefusedException(HttpStatusCode status, string reason, long? committedBytes) : Exception(reason)
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>For a chunk at the wrong offset: where the server's copy ends.</summary>
    public long? CommittedBytes { get; } = committedBytes;
}

/// <summary>
/// The client side of the server's upload protocol (src/Viewer/Api/UploadEndpoints.cs). Sends
/// <c>Authorization: Bearer</c> with every request when a token is given.
/// </summary>
public sealed class UploadClient(HttpClient http)
{
    public const string OffsetHeader = "Upload-Offset";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static HttpClient CreateHttp(Uri server, string? token)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(10) };
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public Task<RemoteSession> OpenAsync(string flightId, CancellationToken cancellationToken) =>
        SendAsync<RemoteSession>(HttpMethod.Post, "api/uploads", JsonContent.Create(new { flightId }, options: Json), cancellationToken);

    public Task<RemoteSession> GetAsync(string uploadId, CancellationToken cancellationToken) =>
        SendAsync<RemoteSession>(HttpMethod.Get, $"api/uploads/{uploadId}", null, cancellationToken);

    public Task<RemoteFile> DeclareAsync(string uploadId, string name, string sha256, long sizeBytes, CancellationToken cancellationToken) =>
        SendAsync<RemoteFile>(HttpMethod.Post, $"api/uploads/{uploadId}/files", JsonContent.Create(new { name, sha256, sizeBytes }, options: Json), cancellationToken);

    public Task<RemoteFile> SendChunkAsync(string uploadId, string sha256, long offset, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var content = new ReadOnlyMemoryContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        return SendAsync<RemoteFile>(HttpMethod.Patch, $"api/uploads/{uploadId}/files/{sha256}", content, cancellationToken, offset);
    }

    public Task<RemoteClose> CloseAsync(string uploadId, CancellationToken cancellationToken) =>
        SendAsync<RemoteClose>(HttpMethod.Post, $"api/uploads/{uploadId}/close", null, cancellationToken);

    public Task<RemoteFlight> GetFlightAsync(string flightId, CancellationToken cancellationToken) =>
        SendAsync<RemoteFlight>(HttpMethod.Get, $"api/flights/{flightId}", null, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken, long? offset = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (offset is { } at)
        {
            request.Headers.Add(OffsetHeader, at.ToString(CultureInfo.InvariantCulture));
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new InvalidDataException($"{method} {path}: the server answered an empty body");
        }

        throw await RefusalAsync(response, cancellationToken);
    }

    private static async Task<UploadRefusedException> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        string reason = text;
        long? committed = null;
        try
        {
            using var problem = JsonDocument.Parse(text);
            if (problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { } d)
            {
                reason = d;
            }

            if (problem.RootElement.TryGetProperty("committedBytes", out var c) && c.TryGetInt64(out var value))
            {
                committed = value;
            }
        }
        catch (JsonException)
        {
            // not problem details (a proxy's page, say): the text itself is the reason
        }

        reason = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "the server needs a pilot's API token: pass --token TOKEN or set DRONEINSPECT_TOKEN",
            HttpStatusCode.Forbidden => "the token's user may not upload (uploads are for pilots)",
            _ => reason,
        };
        return new UploadRefusedException(response.StatusCode, $"{(int)response.StatusCode} {response.ReasonPhrase}: {reason}", committed);
    }
}
