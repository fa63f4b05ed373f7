using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DroneInspect.Viewer.Auth;

namespace DroneInspect.Viewer.Tests.Problems;

/// <summary>
/// Error answers across the API are problem details (application/problem+json) whose detail says what is wrong:
/// unknown routes and items, wrong methods, sign-in and role refusals, malformed or oversize bodies.
/// </summary>
[Collection(ViewerHostCollection.Name)]
public sealed class ProblemDetailsTests(ViewerHostFixture host)
{
    private const string Flight = ViewerHostFixture.KnownFlightId;

    /// <summary>A request, who sends it ("" anonymous), and the status and words its detail must carry.</summary>
    public sealed record ErrorCase(string Method, string Path, string As, string? JsonBody, HttpStatusCode Status, string DetailSays)
    {
        public override string ToString() => $"{Method} {Path} as {(As.Length == 0 ? "anonymous" : As)} -> {(int)Status}";
    }

    private static readonly string Engineer = ViewerHostFixture.UserFor(ViewerRoles.Engineer);
    private static readonly string Pilot = ViewerHostFixture.UserFor(ViewerRoles.Pilot);
    private static readonly string Admin = ViewerHostFixture.UserFor(ViewerRoles.Admin);

    public static TheoryData<ErrorCase> Cases() => new()
    {
        new("GET", "/api/no-such-thing", Engineer, null, HttpStatusCode.NotFound, "No endpoint answers GET /api/no-such-thing"),
        new("GET", "/api/flights/nope", Engineer, null, HttpStatusCode.NotFound, "no flight 'nope'"),
        new("GET", "/api/flights/nope/findings", Engineer, null, HttpStatusCode.NotFound, "no flight 'nope'"),
        new("GET", "/api/findings.geojson?flight=nope", Engineer, null, HttpStatusCode.NotFound, "no flight 'nope'"),
        new("GET", $"/api/flights/{Flight}/findings/zz/reviews", Engineer, null, HttpStatusCode.NotFound, $"no finding 'zz' in flight '{Flight}'"),
        new("GET", $"/api/flights/{Flight}/findings/h1/sightings/c9/evidence", Engineer, null, HttpStatusCode.NotFound, "c9"),
        new("GET", "/api/uploads/nope", Pilot, null, HttpStatusCode.NotFound, "no upload nope"),
        new("PUT", "/api/admin/users/nobody/roles", Admin, "{\"roles\":[\"pilot\"]}", HttpStatusCode.NotFound, "no user 'nobody'"),
        new("DELETE", "/api/tokens/nope", Engineer, null, HttpStatusCode.NotFound, "no token 'nope'"),
        new("DELETE", "/api/flights", Engineer, null, HttpStatusCode.MethodNotAllowed, "DELETE is not allowed on /api/flights; it answers GET"),
        new("GET", "/api/flights", "", null, HttpStatusCode.Unauthorized, "needs a signed-in user"),
        new("GET", "/api/flights", "bad-token", null, HttpStatusCode.Unauthorized, "API token was not accepted"),
        new("GET", "/api/admin/users", Pilot, null, HttpStatusCode.Forbidden, "it is for admin"),
        new("POST", "/api/uploads", Engineer, "{\"flightId\":\"x\"}", HttpStatusCode.Forbidden, "it is for pilot or admin"),
        new("POST", "/api/tokens", Engineer, "{\"label\": ", HttpStatusCode.BadRequest, "not valid JSON"),
        new("POST", "/api/tokens", Engineer, "{\"label\": 12}", HttpStatusCode.BadRequest, "$.label"),
        new("POST", "/api/tokens", Engineer, "{}", HttpStatusCode.BadRequest, "label is required"),
        new("POST", "/api/admin/users", Admin, "[1, 2", HttpStatusCode.BadRequest, "not valid JSON"),
        new("POST", "/api/admin/users", Admin, "{\"userName\":\"ann\",\"password\":\"x\",\"roles\":\"engineer\"}", HttpStatusCode.BadRequest, "$.roles"),
        new("PUT", $"/api/admin/users/{ViewerHostFixture.OtherPilot}/password", Admin, "{\"password\": tru", HttpStatusCode.BadRequest, "not valid JSON"),
        new("POST", $"/api/flights/{Flight}/findings/h1/reviews", Engineer, "{\"action\": [", HttpStatusCode.BadRequest, "not valid JSON"),
        new("POST", "/api/uploads", Pilot, "{\"flightId\": ", HttpStatusCode.BadRequest, "malformed JSON"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ErrorsAreProblemDetailsSayingWhatIsWrong(ErrorCase error)
    {
        using var client = error.As switch
        {
            "" => host.Host.NewClient(),
            "bad-token" => host.Host.NewClient("di_not-a-token"),
            var user => host.Host.NewClient(host.TokenOf(user)),
        };
        using var request = new HttpRequestMessage(new HttpMethod(error.Method), error.Path);
        if (error.JsonBody is not null)
        {
            request.Content = new StringContent(error.JsonBody, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        var problem = await AssertProblemAsync(response, error.Status);
        Assert.Contains(error.DetailSays, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyThatIsNotJsonIs415SayingSo()
    {
        using var client = host.Host.NewClient(host.TokenOf(Engineer));

        using var response = await client.PostAsync("/api/tokens", new StringContent("label=laptop", Encoding.UTF8, "text/plain"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonBodyOverTheLimitIs413NamingTheLimit()
    {
        using var client = host.Host.NewClient(host.TokenOf(Engineer));
        var label = new string('a', 2 * 1024 * 1024);

        // Expect: 100-continue, as a careful client sends a large body: the server can refuse before the body is on its
        // way, so the answer is never lost to a connection reset while 2 MB are still being written.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tokens")
        {
            Content = new StringContent($"{{\"label\":\"{label}\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("over its limit of 1048576 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChunkedJsonBodyOverTheLimitIs413Too()
    {
        using var client = host.Host.NewClient(host.TokenOf(Pilot));
        var body = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"flightId\":\"" + new string('x', 1_500_000) + "\"}")));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = body };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForbiddenNamesTheCallerAndTheirRoles()
    {
        using var client = host.Host.NewClient(host.TokenOf(ViewerHostFixture.NoRoleUser));

        using var response = await client.GetAsync("/api/flights");

        var problem = await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.StartsWith($"{ViewerHostFixture.NoRoleUser} (no role) may not call GET /api/flights", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryOperationsRefusalsAreProblemDetails()
    {
        using var admin = host.Host.NewClient(host.TokenOf(Admin));
        var document = JsonDocument.Parse(await admin.GetStringAsync("/openapi/v1.json")).RootElement;
        var failures = new List<string>();
        var walked = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            {
                var url = path.Name.Replace("{id}", Flight, StringComparison.Ordinal).Replace("{userName}", ViewerHostFixture.OtherPilot, StringComparison.Ordinal);
                foreach (var client in new[] { host.Host.NewClient(), host.Host.NewClient(host.TokenOf(ViewerHostFixture.NoRoleUser)) })
                {
                    using (client)
                    {
                        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url));
                        walked++;
                        var status = (int)response.StatusCode;
                        var body = await response.Content.ReadAsStringAsync();
                        if (status >= 400 && (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !body.Contains("\"detail\"", StringComparison.Ordinal)))
                        {
                            failures.Add($"{operation.Name.ToUpperInvariant()} {url}: {status} {response.Content.Headers.ContentType} {body}");
                        }
                    }
                }
            }
        }

        Assert.True(walked >= 20, $"only {walked} calls");
        Assert.Empty(failures);
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
