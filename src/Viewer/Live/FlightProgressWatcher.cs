using System.Collections.Concurrent;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Findings;
using DroneInspect.Viewer.Flights;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Viewer.Live;

/// <summary>
/// Turns flight progress into events. Flights run in grains that report progress when asked, so while anyone listens
/// the watcher asks the flights still running every <see cref="LiveOptions.PollInterval"/>, and lists every flight
/// every <see cref="LiveOptions.ListInterval"/> to notice new ones; a change of state or captures done is a "flight"
/// event, a change of finding count a "findings" event. The first listing, at start-up, only learns where flights stand.
/// </summary>
public sealed partial class FlightProgressWatcher(
    IFlightQueries flights,
    IFlightOwners owners,
    FindingIndex index,
    LiveEventHub hub,
    LiveOptions options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<FlightProgressWatcher> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<string, FlightStatus?> _known = new(StringComparer.Ordinal);
    private volatile bool _listed;
    private DateTimeOffset _nextListing = DateTimeOffset.MinValue;

    /// <summary>Whether the first listing (where flights stood before anyone listened) is done.</summary>
    public bool HasListed => _listed;

    /// <summary>Follows <paramref name="flightId"/> from its next poll (an upload just started it).</summary>
    public void Watch(string flightId) => _known.TryAdd(flightId, null);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, time);
        try
        {
            // Flights live in the silo, which is up once the host has started.
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (hub.SubscriberCount > 0 || !_listed)
                {
                    await PollAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the host is stopping
        }
    }

    /// <summary>One round: every flight when a listing is due, else those not finished; public for tests.</summary>
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (time.GetUtcNow() >= _nextListing)
            {
                _nextListing = time.GetUtcNow() + options.ListInterval;
                var all = await flights.ListFlightsAsync(cancellationToken);
                foreach (var status in all)
                {
                    await ObserveAsync(status, announce: _listed, cancellationToken);
                }

                _listed = true;
                return;
            }

            foreach (var (flightId, last) in _known)
            {
                if (last is null || !IsFinished(last.State))
                {
                    if (await flights.FindFlightAsync(flightId, cancellationToken) is { } status)
                    {
                        await ObserveAsync(status, announce: true, cancellationToken);
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A grain call that fails (silo starting, a timeout) costs one round; the next asks again.
            LogPollFailed(logger, e);
        }
    }

    private async Task ObserveAsync(FlightStatus status, bool announce, CancellationToken cancellationToken)
    {
        _known.TryGetValue(status.FlightId, out var last);
        _known[status.FlightId] = status;
        if (!announce)
        {
            return;
        }

        var progressed = last is null || last.State != status.State || last.CapturesDone != status.CapturesDone || last.CapturesTotal != status.CapturesTotal;
        var found = last is null ? status.FindingCount > 0 : last.FindingCount != status.FindingCount;
        if (!progressed && !found)
        {
            return;
        }

        // A page that hears "findings" asks the findings index at once: bring the index up to date first.
        if (found || (last is not null && last.State != status.State))
        {
            index.MarkStale(status.FlightId);
            await index.RefreshAsync(cancellationToken);
        }

        var owner = await owners.FindOwnerAsync(status.FlightId, cancellationToken);
        if (progressed)
        {
            hub.Publish(LiveEvent.Flight(new FlightEventData(status.FlightId, status.State.ToString(), status.CapturesDone, status.CapturesTotal), owner));
        }

        if (found)
        {
            hub.Publish(LiveEvent.Findings(new FindingsEventData(status.FlightId, status.FindingCount), owner));
        }
    }

    private static bool IsFinished(FlightState state) => state is FlightState.Completed or FlightState.Failed;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live flight progress: one poll failed; the next will ask again")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
