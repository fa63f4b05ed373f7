using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Running;
using DroneInspect.Viewer;

namespace DroneInspect.Cli.Commands;

/// <summary>`serve`: the viewer and the silo alone, until Ctrl+C.</summary>
public sealed class ServeCommand : ICliCommand
{
    public string Name => "serve";

    public string Summary => "Run the viewer (HTTP API and page) with the embedded silo until Ctrl+C.";

    private static readonly OptionSpec Assets = new("--assets", "FILE", "Asset network (GeoJSON) that uploaded flights are analysed against; without it uploads cannot be closed.");
    private static readonly OptionSpec Customers = new("--customers", "FILE", "Customers for uploaded flights (optional).");

    public CommandSyntax Syntax { get; } = new([], [
        Assets,
        Customers,
        CommonOptions.Data,
        CommonOptions.Port,
        CommonOptions.Model,
        .. CommonOptions.SiloPorts]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var options = new ViewerOptions
        {
            DataFolder = context.DataFolder(arguments.GetString(CommonOptions.Data.Name)),
            Port = CommonOptions.ReadPort(arguments),
            DetectorModelPath = CommonOptions.ReadModel(arguments),
            AssetNetworkPath = ExistingFile(arguments.GetString(Assets.Name), Assets.Name),
            CustomersPath = ExistingFile(arguments.GetString(Customers.Name), Customers.Name),
        }.WithSiloPorts(arguments);
        await using var app = ViewerHost.BuildViewer(options);
        if (!await HostLifetime.TryStartAsync(app, context))
        {
            return 1;
        }

        context.Out.WriteLine($"Data: {options.DataFolder}");
        await HostLifetime.ServeUntilStoppedAsync(app, context);
        return 0;
    }

    private static string? ExistingFile(string? path, string optionName)
    {
        if (path is null)
        {
            return null;
        }

        var fullPath = Path.GetFullPath(path);
        return File.Exists(fullPath) ? fullPath : throw new UsageException($"{optionName}: file '{fullPath}' does not exist.");
    }
}
