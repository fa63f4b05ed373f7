using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Viewer.Flights;

/// <summary>What the HTTP API reads about flights; a flight is known once the catalog lists it.</summary>
public interface IFlightQueries
{
    Task<IReadOnlyList<FlightStatus>> ListFlightsAsync(CancellationToken cancellationToken);

    /// <summary>The flight's status, or null when no flight has that id.</summary>
    Task<FlightStatus?> FindFlightAsync(string flightId, CancellationToken cancellationToken);

    /// <summary>The flight's findings, or null when no flight has that id.</summary>
    Task<IReadOnlyList<Finding>?> FindFindingsAsync(string flightId, CancellationToken cancellationToken);
}
