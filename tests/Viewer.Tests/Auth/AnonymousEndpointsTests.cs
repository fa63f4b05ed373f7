using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.StaticAssets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Auth;

/// <summary>Every endpoint the host maps, not only those in the OpenAPI document (pages, assets, OpenAPI itself).</summary>
[Collection(ViewerHostCollection.Name)]
public sealed class AnonymousEndpointsTests(ViewerHostFixture host)
{
    private IReadOnlyList<RouteEndpoint> Endpoints() =>
        host.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static string Describe(RouteEndpoint endpoint) =>
        string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []) + " /" + endpoint.RoutePattern.RawText?.TrimStart('/');

    [Fact]
    public void OnlyHealthAndSigningInAreAnonymous()
    {
        var anonymous = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Describe).Order().ToList();

        var expected = new[] { "GET /healthz", "GET /auth/antiforgery", "POST /auth/sign-in" }
            .Concat(EmbeddedAssetEndpoints.SignInAssets.Select(a => "GET /" + a)).Order().ToList();
        Assert.Equal(expected, anonymous);
    }

    [Fact]
    public void EveryEndpointDeclaresWhoMayCallIt()
    {
        var undeclared = Endpoints().Where(e => e.Metadata.GetMetadata<ViewerAccessMetadata>() is null).Select(Describe).ToList();

        Assert.Empty(undeclared);
    }
}
