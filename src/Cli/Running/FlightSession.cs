using DroneInspect.Cli.Commands;
using DroneInspect.Cli.Rendering;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Cli.Running;

/// <summary>
/// The one code path for `demo` and `analyze`: start the flight on a running host, show progress, then print the
/// findings table, the per-file problems and where the outputs are.
/// </summary>
public static class FlightSession
{
    public static readonly string[] OutputFiles = ["findings.geojson", "findings.csv", "report.html"];

    private const int ProblemsShown = 10;

    /// <summary>How the flight grain marks the problem that stopped a flight.</summary>
    private const string FlightReasonPrefix = "flight: ";

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
        var runLog = services.GetService<RunLog>();
        var failed = status.State == FlightState.Failed;
        context.Out.WriteLine();
        if (!failed)
        {
            context.Out.Write(FindingsTable.Render(findings));
        }

        WriteProblems([.. status.Problems, .. runLog?.Problems() ?? []], failed, context.Out);
        context.Out.WriteLine();
        WriteOutputs(request.OutputFolder, context.Out);
        if (runLog?.LogFilePath is { } logFile)
        {
            context.Out.WriteLine($"Log: {logFile} ({runLog.WarningCount} warning(s) and error(s))");
        }

        if (failed)
        {
            var reason = status.Problems.LastOrDefault(p => p.StartsWith(FlightReasonPrefix, StringComparison.Ordinal));
            context.Error.WriteLine(reason is null
                ? $"droneinspect: flight '{flightId}' failed; see the problems above."
                : $"droneinspect: flight '{flightId}' failed: {reason[FlightReasonPrefix.Length..]}");
            return 1;
        }

        return 0;
    }

    private static void WriteProblems(IReadOnlyList<string> problems, bool failed, TextWriter output)
    {
        if (problems.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(failed
            ? $"The flight failed; {problems.Count} problem(s):"
            : $"{problems.Count} problem(s); the flight went on:");
        foreach (var problem in problems.Take(ProblemsShown))
        {
            output.WriteLine($"  - {problem}");
        }

        if (problems.Count > ProblemsShown)
        {
            output.WriteLine($"  ... and {problems.Count - ProblemsShown} more");
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
