using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DroneInspect.Viewer.Tests.Uploads;

/// <summary>Raw HTTP calls of the upload protocol, as a client in any language would make them.</summary>
public sealed class UploadApi(HttpClient client)
{
    public async Task<string> CreateAsync(string flightId)
    {
        using var response = await client.PostAsJsonAsync("/api/uploads", new { flightId });
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response)).GetProperty("uploadId").GetString()!;
    }

    public async Task<(int Status, JsonElement Body)> DeclareAsync(string uploadId, string name, byte[] content) =>
        await DeclareAsync(uploadId, name, TestFiles.Sha256(content), content.Length);

    public async Task<(int Status, JsonElement Body)> DeclareAsync(string uploadId, string name, string sha256, long sizeBytes)
    {
        using var response = await client.PostAsJsonAsync($"/api/uploads/{uploadId}/files", new { name, sha256, sizeBytes });
        return ((int)response.StatusCode, await JsonAsync(response));
    }

    public async Task<(int Status, JsonElement Body)> SendAsync(string uploadId, string sha256, long offset, ReadOnlyMemory<byte> bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/uploads/{uploadId}/files/{sha256}")
        {
            Content = new ReadOnlyMemoryContent(bytes),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        request.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await JsonAsync(response));
    }

    /// <summary>Declares and sends a whole file in one chunk; the last answer.</summary>
    public async Task<(int Status, JsonElement Body)> PutWholeAsync(string uploadId, string name, byte[] content)
    {
        var declared = await DeclareAsync(uploadId, name, content);
        return declared.Status != 200 || declared.Body.GetProperty("state").GetString() != "Missing"
            ? declared
            : await SendAsync(uploadId, TestFiles.Sha256(content), 0, content);
    }

    public async Task<(int Status, JsonElement Body)> GetAsync(string uploadId)
    {
        using var response = await client.GetAsync($"/api/uploads/{uploadId}");
        return ((int)response.StatusCode, await JsonAsync(response));
    }

    public async Task<(int Status, JsonElement Body)> CloseAsync(string uploadId)
    {
        using var response = await client.PostAsync($"/api/uploads/{uploadId}/close", null);
        return ((int)response.StatusCode, await JsonAsync(response));
    }

    public async Task<(int Status, JsonElement Body)> PostRawAsync(string path, string json)
    {
        using var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, await JsonAsync(response));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
