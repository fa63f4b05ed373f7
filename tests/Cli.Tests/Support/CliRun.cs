using DroneInspect.Cli.Commands;

namespace DroneInspect.Cli.Tests.Support;

/// <summary>Runs the CLI in-process with captured output.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync(args, new CliContext(output, error, false, Path.GetTempPath()), CommandRegistry.All);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
