using System.Net;
using System.Text.Json;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.OpenApi;

namespace DroneInspect.Viewer.Tests.OpenApi;

/// <summary>
/// Walks every operation of the served OpenAPI document (none listed by hand): anonymous callers get 401, callers
/// without one of the operation's roles 403, callers with one neither. An endpoint added later is covered by adding it.
/// </summary>
[Collection(ViewerHostCollection.Name)]
public sealed class OpenApiWalkTests(ViewerHostFixture host)
{
    private static readonly string[] SignInOperations = ["GET /healthz", "GET /auth/antiforgery", "POST /auth/sign-in"];

    private sealed record Operation(string Method, string Path, string Policy, IReadOnlyList<string> Roles)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private async Task<IReadOnlyList<Operation>> OperationsAsync()
    {
        using var client = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Admin)));
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            {
                var access = operation.Value.TryGetProperty(AccessOperationTransformer.ExtensionName, out var found) ? found : default;
                operations.Add(new Operation(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    access.ValueKind == JsonValueKind.Object ? access.GetProperty("policy").GetString()! : AccessOperationTransformer.Undeclared,
                    access.ValueKind == JsonValueKind.Object ? access.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToList() : []));
            }
        }

        return operations;
    }

    private static string Url(string path) => path
        .Replace("{id}", ViewerHostFixture.KnownFlightId, StringComparison.Ordinal)
        .Replace("{userName}", ViewerHostFixture.OtherPilot, StringComparison.Ordinal);

    private async Task<HttpStatusCode> CallAsync(Operation operation, string? userName)
    {
        using var client = userName is null ? host.Host.NewClient() : host.Host.NewClient(host.TokenOf(userName));
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), Url(operation.Path));
        // Headers only: a streaming operation (GET /api/events) never ends its body; the status is all the walk needs.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return response.StatusCode;
    }

    [Fact]
    public async Task DocumentListsTheApiAndEveryOperationDeclaresItsAccess()
    {
        var operations = await OperationsAsync();

        Assert.Contains(operations, o => o.ToString() == "GET /api/flights" && o.Policy == ViewerPolicies.ReadFlights);
        Assert.Contains(operations, o => o.ToString() == "POST /api/admin/users" && o.Roles.SequenceEqual([ViewerRoles.Admin]));
        Assert.DoesNotContain(operations, o => o.Policy == AccessOperationTransformer.Undeclared);
        Assert.All(operations.Where(o => o.Policy == ViewerAccessMetadata.Anonymous), o => Assert.Contains(o.ToString(), SignInOperations));
    }

    [Fact]
    public async Task EveryOperationRefusesAnonymousAndWrongRolesAndAdmitsItsRoles()
    {
        var failures = new List<string>();
        var users = ViewerRoles.All.Select(ViewerHostFixture.UserFor).Append(ViewerHostFixture.NoRoleUser).ToList();
        var walked = 0;
        foreach (var operation in (await OperationsAsync()).Where(o => o.Policy != ViewerAccessMetadata.Anonymous))
        {
            walked++;
            if (await CallAsync(operation, null) is var anonymous && anonymous != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{operation} anonymous: {(int)anonymous}, expected 401");
            }

            foreach (var user in users)
            {
                var admitted = operation.Policy == ViewerPolicies.SignedIn || operation.Roles.Any(r => ViewerHostFixture.UserFor(r) == user);
                var status = await CallAsync(operation, user);
                if (admitted && status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    failures.Add($"{operation} as {user}: {(int)status}, expected admitted");
                }
                else if (!admitted && status != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{operation} as {user}: {(int)status}, expected 403");
                }
            }
        }

        Assert.True(walked >= 10, $"only {walked} operations walked");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task TheDocumentItselfNeedsSignIn()
    {
        using var client = host.Host.NewClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
