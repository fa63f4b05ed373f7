using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Viewer.Findings;

/// <summary>
/// Keeps <see cref="FindingIndex"/> current while the host runs: refreshes it every <see cref="PollInterval"/>, so
/// findings of a running flight reach the map within seconds. A refresh that fails (the silo still starting or
/// stopping, the owners database busy) is logged and tried again on the next tick; it must never stop the host.
/// </summary>
public sealed class FindingIndexRefresher(
    FindingIndex index, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<FindingIndexRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The silo starts after this service: the first refresh waits for the whole host, so it never meets a silo
        // that has no grains yet (which would log errors into the run's problems).
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        using var timer = new PeriodicTimer(PollInterval, time);
        do
        {
            try
            {
                await index.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The findings index could not be refreshed; it is tried again in {Interval}.", PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
