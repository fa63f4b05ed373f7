using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Running;

/// <summary>Starts a flight through its grain and polls its status until it completes or fails.</summary>
public static class FlightRunner
{
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<FlightStatus> RunAsync(
        IFlightGrain flight,
        FlightRequest request,
        Action<FlightStatus> onStatus,
        TimeSpan pollInterval,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var status = await flight.Start(request).WaitAsync(cancellationToken);
        using var timer = new PeriodicTimer(pollInterval, timeProvider);
        while (true)
        {
            onStatus(status);
            if (status.State is FlightState.Completed or FlightState.Failed)
            {
                return status;
            }

            await timer.WaitForNextTickAsync(cancellationToken);
            status = await flight.GetStatus().WaitAsync(cancellationToken);
        }
    }
}
