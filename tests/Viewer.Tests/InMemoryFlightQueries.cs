using System.Collections.Concurrent;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Viewer.Tests;

/// <summary>Flights held in a dictionary, standing in for the grains behind the API (safe to change while the live watcher reads it).</summary>
public sealed class InMemoryFlightQueries : IFlightQueries
{
    private readonly ConcurrentDictionary<string, (FlightStatus Status, IReadOnlyList<Finding> Findings)> _flights = new(StringComparer.Ordinal);

    public void Add(FlightStatus status, IReadOnlyList<Finding> findings) => _flights[status.FlightId] = (status, findings);

    public Task<IReadOnlyList<FlightStatus>> ListFlightsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FlightStatus>>(_flights.Values.Select(f => f.Status).ToList());

    public Task<FlightStatus?> FindFlightAsync(string flightId, CancellationToken cancellationToken) =>
        Task.FromResult(_flights.TryGetValue(flightId, out var flight) ? flight.Status : null);

    public Task<IReadOnlyList<Finding>?> FindFindingsAsync(string flightId, CancellationToken cancellationToken) =>
        Task.FromResult(_flights.TryGetValue(flightId, out var flight) ? flight.Findings : null);
}
