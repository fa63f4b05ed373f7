using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Viewer.Tests.Flights;

public sealed class GrainFlightQueriesTests
{
    private readonly FakeGrainFactory _grains = new();

    [Fact]
    public async Task ListsEveryCatalogFlightWithItsStatus()
    {
        _grains.AddFlight("a", FlightState.Completed);
        _grains.AddFlight("b", FlightState.Running);

        var flights = await new GrainFlightQueries(_grains).ListFlightsAsync(CancellationToken.None);

        Assert.Equal(["a", "b"], flights.Select(f => f.FlightId));
        Assert.Equal([FlightState.Completed, FlightState.Running], flights.Select(f => f.State));
    }

    [Fact]
    public async Task UnknownFlightIsNullAndNoFlightGrainIsTouched()
    {
        _grains.AddFlight("a", FlightState.Completed);
        var queries = new GrainFlightQueries(_grains);

        Assert.Null(await queries.FindFlightAsync("zzz", CancellationToken.None));
        Assert.Null(await queries.FindFindingsAsync("zzz", CancellationToken.None));
        Assert.DoesNotContain("zzz", _grains.FlightGrainsRequested);
    }

    [Fact]
    public async Task KnownFlightGivesItsStatusAndFindings()
    {
        _grains.AddFlight("a", FlightState.Completed);
        var queries = new GrainFlightQueries(_grains);

        Assert.Equal(FlightState.Completed, (await queries.FindFlightAsync("a", CancellationToken.None))?.State);
        var findings = await queries.FindFindingsAsync("a", CancellationToken.None);
        Assert.NotNull(findings);
        Assert.Empty(findings);
    }
}
