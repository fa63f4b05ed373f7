using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Tests.Flight;

namespace DroneInspect.Grains.Tests.Catalog;

[Collection(ClusterCollection.Name)]
public sealed class FlightCatalogGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task RegisteredFlightsSurviveDeactivationAndAreListedOnce()
    {
        var catalog = fixture.Client.GetGrain<IFlightCatalogGrain>(0);
        await catalog.Register("catalog-a");
        await catalog.Register("catalog-b");
        await catalog.Register("catalog-a");

        await fixture.Cluster.DeactivateAsync(catalog);
        var flights = await catalog.ListFlights();

        Assert.Single(flights, f => f == "catalog-a");
        Assert.Single(flights, f => f == "catalog-b");
        Assert.True(flights.ToList().IndexOf("catalog-a") < flights.ToList().IndexOf("catalog-b"));
    }
}
