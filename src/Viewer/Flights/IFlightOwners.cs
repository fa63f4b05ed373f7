namespace DroneInspect.Viewer.Flights;

/// <summary>
/// Which user a flight belongs to: set where a flight is created through the API (uploads), read to show pilots their
/// own flights. Flights made outside the API (`analyze`, `demo`) have no owner and only non-pilot roles see them.
/// </summary>
public interface IFlightOwners
{
    Task SetOwnerAsync(string flightId, string userName, CancellationToken cancellationToken);

    /// <summary>The owner's user name, or null when the flight has none.</summary>
    Task<string?> FindOwnerAsync(string flightId, CancellationToken cancellationToken);
}
