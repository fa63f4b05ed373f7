using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Flight;

/// <summary>Told on the silo when a flight completes or fails (e.g. to push to viewers, or for tests to await).</summary>
public interface IFlightProgressListener
{
    void FlightFinished(string flightId, FlightStatus status);
}
