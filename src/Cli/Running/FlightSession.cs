using DroneInspect.Cli.Commands;
using DroneInspect.Cli.Rendering;
using DroneInspect.Grains.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Cli.Running;

/// <summary>
/// The one code path for `demo` and `analyze`: start the flight on a running host, show progress, then print the
/// findings table, the per-file problems and where the outputs are.
/// </summary>
public static class FlightSession
{
    public static readonly string[] OutputFiles = ["findings.geojson", "report.html"];

    private const int ProblemsShown = 10;

    /// <summary>Returns 0 when the flight completed, 1 when it failed.</summary>
    public static async Task<int> RunAsync(
        IServiceProvider services, string flightId, FlightRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var grain = services.GetRequiredService<IGrainFactory>().GetGrain<IFlightGrain>(flightId);
        var reporter = new ProgressReporter(context.Out, context.OutputIsTerminal, TimeProvider.System);
        context.Out.WriteLine($"Analysing flight '{flightId}' from {request.FlightFolder}");

        FlightStatus status;
        try
        {
            status = await FlightRunner.RunAsync(
                grain, request, reporter.Report, FlightRunner.DefaultPollInterval, TimeProvider.System, cancellationToken);
        }
        finally
        {
            reporter.Finish();
        }

        var findings = await grain.GetFindings().WaitAsync(cancellationToken);
        context.Out.WriteLine();
        context.Out.Write(FindingsTable.Render(findings));
        WriteProblems(status, context.Out);
        context.Out.WriteLine();
        WriteOutputs(request.OutputFolder, context.Out);

        if (status.State == FlightState.Failed)
        {
            context.Error.WriteLine($"droneinspect: flight '{flightId}' failed; see the problems above.");
            return 1;
        }

        return 0;
    }

    private static void WriteProblems(FlightStatus status, TextWriter output)
    {
        if (status.Problems.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{status.Problems.Count} problem(s) with files (the flight went on without them):");
        foreach (var problem in status.Problems.Take(ProblemsShown))
        {
            output.WriteLine($"  - {problem}");
        }

        if (status.Problems.Count > ProblemsShown)
        {
            output.WriteLine($"  ... and {status.Problems.Count - ProblemsShown} more");
        }
    }

    private static void WriteOutputs(string outputFolder, TextWriter output)
    {
        output.WriteLine("Outputs:");
        foreach (var name in OutputFiles)
        {
            var path = Path.Combine(outputFolder, name);
            output.WriteLine(File.Exists(path) ? $"  {path}" : $"  {path} (not written)");
        }
    }
}
