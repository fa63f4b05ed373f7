using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DroneInspect.Viewer.Problems;
using DroneInspect.Viewer.Tests.Problems;

namespace DroneInspect.Viewer.Tests.BadInput;

/// <summary>
/// A chunk over the server's chunk limit (32 MiB; the clients send 8 MiB) under intake's default limits (200 MB a
/// file): 413 problem details naming the limit, and not one byte of it kept, so the client resumes from where it was.
/// </summary>
[Collection(ViewerHostCollection.Name)]
public sealed class OversizeChunkTests(ViewerHostFixture host)
{
    [Fact]
    public async Task ChunkOverTheServerLimitIs413AndNothingOfItIsKept()
    {
        using var pilot = host.Host.NewClient(host.TokenOf(ViewerHostFixture.PilotOwner));
        var content = new byte[RequestBodyLimits.UploadChunkBytes + 1024 * 1024];
        new Random(5).NextBytes(content);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        using var created = await pilot.PostAsJsonAsync("/api/uploads", new { flightId = "oversize-chunk" });
        var uploadId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("uploadId").GetString()!;
        using var declared = await pilot.PostAsJsonAsync($"/api/uploads/{uploadId}/files", new { name = "big_W.JPG", sha256, sizeBytes = content.Length });
        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/uploads/{uploadId}/files/{sha256}") { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        request.Headers.Add("Upload-Offset", "0");
        request.Headers.ExpectContinue = true; // the 413 comes before the body is sent, as a careful client asks it to
        using var response = await pilot.SendAsync(request);

        var problem = await ProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains(RequestBodyLimits.UploadChunkBytes.ToString(CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var session = JsonDocument.Parse(await pilot.GetStringAsync($"/api/uploads/{uploadId}")).RootElement;
        Assert.Equal(0, session.GetProperty("files")[0].GetProperty("committedBytes").GetInt64());
        var parts = Path.Combine(host.Host.DataFolder, "uploads", uploadId, "parts");
        Assert.All(Directory.Exists(parts) ? Directory.EnumerateFiles(parts, "*", SearchOption.AllDirectories) : [], f => Assert.Equal(0, new FileInfo(f).Length));
        Assert.False(File.Exists(Path.Combine(host.Host.DataFolder, "store", sha256[..2], sha256[2..4], sha256)));
    }
}
