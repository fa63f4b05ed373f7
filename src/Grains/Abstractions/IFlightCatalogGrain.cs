namespace DroneInspect.Grains.Abstractions;

/// <summary>The list of known flights (a single grain, key 0), for the viewer.</summary>
public interface IFlightCatalogGrain : IGrainWithIntegerKey
{
    Task Register(string flightId);

    Task<IReadOnlyList<string>> ListFlights();
}
