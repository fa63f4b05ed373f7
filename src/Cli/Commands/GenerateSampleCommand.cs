using System.Globalization;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Running;
using DroneInspect.Synthetic;

namespace DroneInspect.Cli.Commands;

/// <summary>`generate-sample`: writes a synthetic flight with its asset network, customers and ground truth.</summary>
public sealed class GenerateSampleCommand : ICliCommand
{
    private static readonly OptionSpec Out = new("--out", "DIR", "Folder to write the sample flight into.", Required: true);
    private static readonly OptionSpec Seed = new("--seed", "N", $"Random seed (default: {SampleFlightStore.Seed}).");

    public string Name => "generate-sample";

    public string Summary => "Write a synthetic sample flight (captures, assets, customers, ground truth).";

    public CommandSyntax Syntax { get; } = CommandSyntax.Of(Out, Seed);

    public Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var outFolder = Path.GetFullPath(arguments.GetRequiredString(Out.Name));
        var seed = arguments.GetInt(Seed.Name, SampleFlightStore.Seed, int.MinValue, int.MaxValue);

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generating a sample flight in {outFolder} (seed {seed})..."));
        var summary = SampleFlightGenerator.Generate(outFolder, seed, new LineProgress(context.Out));
        context.Out.WriteLine($"Flight folder:  {summary.FlightFolder}");
        context.Out.WriteLine($"Assets:         {summary.AssetsPath}");
        context.Out.WriteLine($"Customers:      {summary.CustomersPath}");
        context.Out.WriteLine($"Ground truth:   {summary.GroundTruthPath}");
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.RgbCount} RGB and {summary.ThermalCount} thermal captures, {summary.DefectCount} planted defects."));
        return Task.FromResult(0);
    }
}
