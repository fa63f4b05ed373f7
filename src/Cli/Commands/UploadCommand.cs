using System.Net.Http;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Rendering;
using DroneInspect.Cli.Running;
using DroneInspect.Cli.Uploading;

namespace DroneInspect.Cli.Commands;

/// <summary>`upload`: a flight folder or zip to a server, resumable; prints the flight id and every file's verdict.</summary>
public sealed class UploadCommand : ICliCommand
{
    /// <summary>Where the token comes from when --token is not given.</summary>
    public const string TokenVariable = "DRONEINSPECT_TOKEN";

    private static readonly OptionSpec Server = new("--server", "URL", "The DroneInspect server, e.g. http://10.0.0.5:5080.", Required: true);
    private static readonly OptionSpec Token = new("--token", "TOKEN", $"API token sent as 'Authorization: Bearer' (default: ${TokenVariable}).");
    private static readonly OptionSpec Flight = new("--flight", "ID", "Flight id (default: the folder's or zip's name).");
    private static readonly OptionSpec Wait = new("--wait", null, "After closing, show the flight's analysis until it completes.");

    public string Name => "upload";

    public string Summary => "Upload a flight folder or zip to a server (resumable: run it again to send only what is missing).";

    public CommandSyntax Syntax { get; } = new(["FOLDER|ZIP"], [Server, Token, Flight, Wait]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var source = Path.GetFullPath(arguments.Positionals[0]);
        if (!Directory.Exists(source) && !(File.Exists(source) && source.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UsageException($"'{source}' is neither a folder nor a .zip file.");
        }

        if (!Uri.TryCreate(arguments.GetRequiredString(Server.Name), UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"{Server.Name} must be an http:// or https:// URL.");
        }

        var flightId = arguments.GetString(Flight.Name) ?? LocalUpload.DefaultFlightId(source);
        var token = arguments.GetString(Token.Name) ?? Environment.GetEnvironmentVariable(TokenVariable);
        using var http = UploadClient.CreateHttp(server, token);
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await UploadAsync(new UploadClient(http), source, flightId, arguments.HasFlag(Wait.Name), context, stop.Token);
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("droneinspect: upload interrupted; run the same command again to send only what is missing.");
            return HeadlessRun.InterruptedExitCode;
        }
        catch (HttpRequestException e)
        {
            context.Error.WriteLine($"droneinspect: cannot reach {server}: {e.Message}; run the same command again to resume.");
            return 1;
        }
        catch (UploadRefusedException e)
        {
            context.Error.WriteLine($"droneinspect: the server refused the upload: {e.Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Hash, upload with a progress bar, close, and print; 0 when the flight was started (and, with wait, completed).</summary>
    public static async Task<int> UploadAsync(UploadClient client, string source, string flightId, bool wait, CliContext context, CancellationToken cancellationToken)
    {
        context.Out.WriteLine($"Hashing {source}");
        var files = LocalUpload.Collect(source);
        context.Out.WriteLine($"Uploading {files.Count} file(s) as flight '{flightId}'");
        var reporter = new ProgressReporter(context.Out, context.OutputIsTerminal, TimeProvider.System);
        var run = new UploadRun(client)
        {
            OnProgress = (sent, total, done, count) => reporter.Report(ProgressBar.RenderUpload(sent, total, done, count), finished: done == count),
        };
        UploadSummary summary;
        try
        {
            summary = await run.RunAsync(flightId, files, cancellationToken);
        }
        finally
        {
            reporter.Finish();
        }

        UploadReport.Write(summary, context.Out);
        if (summary.Close is not { } close)
        {
            context.Error.WriteLine($"droneinspect: the flight was not started: {summary.CloseProblem}");
            return 1;
        }

        return wait ? await WaitAsync(client, close.FlightId, context, cancellationToken) : 0;
    }

    private static async Task<int> WaitAsync(UploadClient client, string flightId, CliContext context, CancellationToken cancellationToken)
    {
        var reporter = new ProgressReporter(context.Out, context.OutputIsTerminal, TimeProvider.System);
        RemoteFlight flight;
        try
        {
            while (true)
            {
                flight = await client.GetFlightAsync(flightId, cancellationToken);
                var status = UploadReport.ToStatus(flight);
                reporter.Report(status);
                if (flight.State is "Completed" or "Failed")
                {
                    break;
                }

                await Task.Delay(Running.FlightRunner.DefaultPollInterval, cancellationToken);
            }
        }
        finally
        {
            reporter.Finish();
        }

        context.Out.WriteLine($"Flight '{flightId}': {flight.State}, {flight.FindingCount} finding(s)");
        return flight.State == "Completed" ? 0 : 1;
    }
}
