using DroneInspect.Cli.Commands;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer;

namespace DroneInspect.Cli.Running;

/// <summary>Runs one flight on the embedded silo without HTTP, writes its outputs, and stops the host.</summary>
public static class HeadlessRun
{
    public const int InterruptedExitCode = 130;

    /// <param name="afterCompleted">Runs on the host once the flight completed (the demo confirms its sample's urgent findings).</param>
    public static async Task<int> RunAsync(
        ViewerOptions options, string flightId, FlightRequest request, CliContext context,
        Func<IServiceProvider, CancellationToken, Task>? afterCompleted = null)
    {
        using var host = ViewerHost.BuildHeadless(options);
        if (!await HostLifetime.TryStartAsync(host, context))
        {
            return 1;
        }

        try
        {
            var exitCode = await FlightSession.RunAsync(host.Services, flightId, request, context, HostLifetime.Stopping(host));
            if (exitCode == 0 && afterCompleted is not null)
            {
                await afterCompleted(host.Services, HostLifetime.Stopping(host));
            }

            return exitCode;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("droneinspect: interrupted; finished captures are kept and a rerun resumes.");
            return InterruptedExitCode;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
