using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Viewer.Flights;

/// <summary>Reads flights through the grain interfaces only; unknown ids never activate a flight grain.</summary>
public sealed class GrainFlightQueries(IGrainFactory grains) : IFlightQueries
{
    private const long CatalogKey = 0;

    public async Task<IReadOnlyList<FlightStatus>> ListFlightsAsync(CancellationToken cancellationToken)
    {
        var ids = await ListIdsAsync(cancellationToken);
        var statuses = await Task.WhenAll(ids.Select(id => grains.GetGrain<IFlightGrain>(id).GetStatus()))
            .WaitAsync(cancellationToken);
        return statuses;
    }

    public async Task<FlightStatus?> FindFlightAsync(string flightId, CancellationToken cancellationToken)
    {
        if (!await IsKnownAsync(flightId, cancellationToken))
        {
            return null;
        }

        return await grains.GetGrain<IFlightGrain>(flightId).GetStatus().WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Finding>?> FindFindingsAsync(string flightId, CancellationToken cancellationToken)
    {
        if (!await IsKnownAsync(flightId, cancellationToken))
        {
            return null;
        }

        return await grains.GetGrain<IFlightGrain>(flightId).GetFindings().WaitAsync(cancellationToken);
    }

    private async Task<bool> IsKnownAsync(string flightId, CancellationToken cancellationToken) =>
        (await ListIdsAsync(cancellationToken)).Contains(flightId, StringComparer.Ordinal);

    private Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken) =>
        grains.GetGrain<IFlightCatalogGrain>(CatalogKey).ListFlights().WaitAsync(cancellationToken);
}
