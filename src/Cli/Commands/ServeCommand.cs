using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Running;
using DroneInspect.Viewer;

namespace DroneInspect.Cli.Commands;

/// <summary>`serve`: the viewer and the silo alone, until Ctrl+C.</summary>
public sealed class ServeCommand : ICliCommand
{
    public string Name => "serve";

    public string Summary => "Run the viewer (HTTP API and page) with the embedded silo until Ctrl+C.";

    public CommandSyntax Syntax { get; } = CommandSyntax.Of(
        CommonOptions.Data,
        CommonOptions.Port,
        CommonOptions.Model);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var options = new ViewerOptions
        {
            DataFolder = context.DataFolder(arguments.GetString(CommonOptions.Data.Name)),
            Port = CommonOptions.ReadPort(arguments),
            DetectorModelPath = CommonOptions.ReadModel(arguments),
        };
        await using var app = ViewerHost.BuildViewer(options);
        if (!await HostLifetime.TryStartAsync(app, context))
        {
            return 1;
        }

        context.Out.WriteLine($"Data: {options.DataFolder}");
        await HostLifetime.ServeUntilStoppedAsync(app, context);
        return 0;
    }
}
