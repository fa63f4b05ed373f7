using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Catalog;

/// <summary>Lists the flights that were started, for the viewer. One grain, key 0.</summary>
public sealed class FlightCatalogGrain(
    [PersistentState("catalog", "inspect")] IPersistentState<FlightCatalogState> state) : Grain, IFlightCatalogGrain
{
    public async Task Register(string flightId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(flightId);
        if (state.State.FlightIds.Contains(flightId, StringComparer.Ordinal))
        {
            return;
        }

        state.State = state.State with { FlightIds = [.. state.State.FlightIds, flightId] };
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> ListFlights() => Task.FromResult(state.State.FlightIds);
}
