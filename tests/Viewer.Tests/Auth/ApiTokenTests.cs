using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DroneInspect.Viewer.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Auth;

[Collection(ViewerHostCollection.Name)]
public sealed class ApiTokenTests(ViewerHostFixture host)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task NewTokenWorksForApiCallsUntilRevoked()
    {
        using var owner = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Service)));
        using var created = await owner.PostAsJsonAsync("/api/tokens", new { label = "laptop CLI" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json(created);
        var token = body.GetProperty("token").GetString()!;
        var id = body.GetProperty("id").GetString()!;

        using var withToken = host.Host.NewClient(token);
        using var before = await withToken.GetAsync("/api/flights");
        using var revoke = await owner.DeleteAsync($"/api/tokens/{id}");
        using var after = await withToken.GetAsync("/api/flights");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("Bearer", after.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task TokenIsStoredOnlyAsItsHash()
    {
        using var owner = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Engineer)));
        using var created = await owner.PostAsJsonAsync("/api/tokens", new { label = "hash check" });
        var token = (await Json(created)).GetProperty("token").GetString()!;

        var stored = await host.Host.Services.GetRequiredService<IAccountStore>().ListTokensAsync(ViewerHostFixture.UserFor(ViewerRoles.Engineer), default);
        using var list = await owner.GetAsync("/api/tokens");

        Assert.StartsWith(ApiTokens.Prefix, token, StringComparison.Ordinal);
        Assert.Contains(stored, t => t.TokenHash == ApiTokens.Hash(token));
        Assert.DoesNotContain(stored, t => t.TokenHash.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(token, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("di_not-a-real-token")]
    [InlineData("")]
    public async Task UnknownTokenIsUnauthorized(string token)
    {
        using var client = host.Host.NewClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);

        using var response = await client.GetAsync("/api/flights");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AUserCannotRevokeAnotherUsersToken()
    {
        using var engineer = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Engineer)));
        using var created = await engineer.PostAsJsonAsync("/api/tokens", new { label = "mine" });
        var id = (await Json(created)).GetProperty("id").GetString()!;

        using var pilot = host.Host.NewClient(host.TokenOf(ViewerHostFixture.OtherPilot));
        using var revoke = await pilot.DeleteAsync($"/api/tokens/{id}");

        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
    }

    [Fact]
    public async Task TokenWithoutALabelIsABadRequest()
    {
        using var client = host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Engineer)));

        using var response = await client.PostAsJsonAsync("/api/tokens", new { label = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("label", await response.Content.ReadAsStringAsync());
    }
}
