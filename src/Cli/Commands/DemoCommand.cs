using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Running;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `demo`: the first run. Generates the sample flight if absent, analyses it on the embedded host with a progress bar,
/// prints the findings and output paths, confirms the sample's serious and critical findings (opening their cases), then serves the viewer until Ctrl+C (or exits with --no-serve).
/// </summary>
public sealed class DemoCommand : ICliCommand
{
    public const string FlightId = "sample";

    private static readonly OptionSpec NoServe = new("--no-serve", null, "Exit after writing the outputs (0 when the flight completed).");

    public string Name => "demo";

    public string Summary => "Generate the sample flight, analyse it, print the findings, then serve the viewer.";

    public CommandSyntax Syntax { get; } = new([], [NoServe, CommonOptions.Data, CommonOptions.Port, CommonOptions.Model, .. CommonOptions.SiloPorts]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var dataFolder = context.DataFolder(arguments.GetString(CommonOptions.Data.Name));
        var options = new ViewerOptions
        {
            DataFolder = dataFolder,
            Port = CommonOptions.ReadPort(arguments),
            DetectorModelPath = CommonOptions.ReadModel(arguments),
        }.WithSiloPorts(arguments);
        Directory.CreateDirectory(dataFolder);

        var sample = SampleFlightStore.Ensure(dataFolder, context.Out);
        var request = new FlightRequest(
            sample.FlightFolder, sample.AssetsPath, sample.CustomersPath, Path.Combine(dataFolder, "output", FlightId));

        if (arguments.HasFlag(NoServe.Name))
        {
            return await HeadlessRun.RunAsync(
                options, FlightId, request, context, (services, cancellationToken) => SampleCases.ConfirmUrgentAsync(services, FlightId, context, cancellationToken));
        }

        options.AssetNetworkPath = sample.AssetsPath; // flights uploaded to the demo server are placed on the sample network
        options.CustomersPath = sample.CustomersPath;
        await using var app = ViewerHost.BuildViewer(options);
        if (!await HostLifetime.TryStartAsync(app, context))
        {
            return 1;
        }

        int exitCode;
        try
        {
            exitCode = await FlightSession.RunAsync(app.Services, FlightId, request, context, HostLifetime.Stopping(app));
            if (exitCode == 0)
            {
                await SampleCases.ConfirmUrgentAsync(app.Services, FlightId, context, HostLifetime.Stopping(app));
            }
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("droneinspect: interrupted; finished captures are kept and a rerun resumes.");
            return HeadlessRun.InterruptedExitCode;
        }

        await HostLifetime.ServeUntilStoppedAsync(app, context);
        return exitCode;
    }
}
