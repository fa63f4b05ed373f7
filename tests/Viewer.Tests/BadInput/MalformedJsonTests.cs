using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Tests.Problems;

namespace DroneInspect.Viewer.Tests.BadInput;

/// <summary>
/// Every endpoint that reads a JSON body answers a malformed one with 400 problem details saying the JSON is bad,
/// and changes nothing. The list of such endpoints is checked against the OpenAPI document, so a new POST, PUT or
/// PATCH must be placed in one of the two lists below.
/// </summary>
[Collection(ViewerHostCollection.Name)]
public sealed class MalformedJsonTests(ViewerHostFixture host)
{
    private const string Flight = ViewerHostFixture.KnownFlightId;
    private const string UploadIdPlaceholder = "{id}";

    /// <summary>Operations (as the OpenAPI document names them) that read JSON, with the path they are called on.</summary>
    private static readonly Dictionary<string, string> JsonOperations = new(StringComparer.Ordinal)
    {
        ["POST /api/uploads"] = "/api/uploads",
        ["POST /api/uploads/{id}/files"] = "/api/uploads/" + UploadIdPlaceholder + "/files",
        ["POST /api/flights/{id}/findings/{findingId}/reviews"] = $"/api/flights/{Flight}/findings/h1/reviews",
        ["POST /api/tokens"] = "/api/tokens",
        ["POST /api/admin/users"] = "/api/admin/users",
        ["POST /api/admin/users/{userName}/tokens"] = $"/api/admin/users/{ViewerHostFixture.OtherPilot}/tokens",
        ["PUT /api/admin/users/{userName}/roles"] = $"/api/admin/users/{ViewerHostFixture.OtherPilot}/roles",
        ["PUT /api/admin/users/{userName}/password"] = $"/api/admin/users/{ViewerHostFixture.OtherPilot}/password",
    };

    /// <summary>Unsafe operations whose body is not JSON (or that take none).</summary>
    private static readonly string[] OtherBodies =
    [
        "POST /api/uploads/{id}/close", "PATCH /api/uploads/{id}/files/{sha256}", "POST /auth/sign-in", "POST /auth/sign-out",
    ];

    public static TheoryData<string, byte[]> Bodies()
    {
        var data = new TheoryData<string, byte[]>();
        byte[][] bodies =
        [
            "{\"label\": "u8.ToArray(),              // cut off
            "}{"u8.ToArray(),                         // not JSON at all
            "{\"a\": 1,}"u8.ToArray(),                // trailing comma
            "[1, 2"u8.ToArray(),                      // an unfinished array where an object belongs
        ];
        foreach (var operation in JsonOperations.Keys)
        {
            foreach (var body in bodies)
            {
                data.Add(operation, body);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task MalformedJsonIs400ProblemDetailsAndChangesNothing(string operation, byte[] body)
    {
        using var admin = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Admin)));
        var path = JsonOperations[operation];
        if (path.Contains(UploadIdPlaceholder, StringComparison.Ordinal))
        {
            using var created = await admin.PostAsJsonAsync("/api/uploads", new { flightId = "malformed-json" });
            path = path.Replace(UploadIdPlaceholder, JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("uploadId").GetString(), StringComparison.Ordinal);
        }

        var usersBefore = await admin.GetStringAsync("/api/admin/users");
        var historyBefore = await admin.GetStringAsync($"/api/flights/{Flight}/findings/h1/reviews");
        using var request = new HttpRequestMessage(new HttpMethod(operation.Split(' ')[0]), path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await admin.SendAsync(request);

        var problem = await ProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Matches("not valid JSON|malformed JSON", problem.GetProperty("detail").GetString());
        Assert.Equal(usersBefore, await admin.GetStringAsync("/api/admin/users"));
        Assert.Equal(historyBefore, await admin.GetStringAsync($"/api/flights/{Flight}/findings/h1/reviews"));
    }

    [Fact]
    public async Task EveryUnsafeOperationIsListedAsJsonOrNot()
    {
        using var admin = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Admin)));
        var document = JsonDocument.Parse(await admin.GetStringAsync("/openapi/v1.json")).RootElement;
        var unsafeOperations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Where(o => o.StartsWith("POST ", StringComparison.Ordinal) || o.StartsWith("PUT ", StringComparison.Ordinal) || o.StartsWith("PATCH ", StringComparison.Ordinal))
            .Order()
            .ToList();

        Assert.Equal(JsonOperations.Keys.Concat(OtherBodies).Order(), unsafeOperations);
    }
}
