using DroneInspect.Cli.Commands;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer;

namespace DroneInspect.Cli.Running;

/// <summary>Runs one flight on the embedded silo without HTTP, writes its outputs, and stops the host.</summary>
public static class HeadlessRun
{
    public const int InterruptedExitCode = 130;

    public static async Task<int> RunAsync(ViewerOptions options, string flightId, FlightRequest request, CliContext context)
    {
        using var host = ViewerHost.BuildHeadless(options);
        if (!await HostLifetime.TryStartAsync(host, context))
        {
            return 1;
        }

        try
        {
            return await FlightSession.RunAsync(host.Services, flightId, request, context, HostLifetime.Stopping(host));
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
