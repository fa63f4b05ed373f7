using DroneInspect.Cases.Customers;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Running;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer;

namespace DroneInspect.Cli.Commands;

/// <summary>`analyze`: one flight folder through the embedded host (no HTTP), outputs written to --out.</summary>
public sealed class AnalyzeCommand : ICliCommand
{
    private static readonly OptionSpec Assets = new("--assets", "FILE", "The utility's asset network (GeoJSON).", Required: true);
    private static readonly OptionSpec Customers = new("--customers", "FILE", "Customers and their supply points (optional).");
    private static readonly OptionSpec CustomersEncoding = new("--customers-encoding", "NAME", "The customers file's encoding when it is not UTF-8: latin1, windows-1252, gb18030 or gbk.");
    private static readonly OptionSpec Out = new("--out", "DIR", "Folder for findings.geojson and report.html.", Required: true);
    private static readonly OptionSpec Overrides = new("--overrides", "FILE.json", "Per-file overrides: {\"files\": {\"DJI_0001_T.JPG\": {\"emissivity\": 0.8}}}; a file's values win over the options.");

    public string Name => "analyze";

    public string Summary => "Analyse a flight folder and write its findings and report (no viewer).";

    public CommandSyntax Syntax { get; } = new(["FLIGHT"], [Assets, Customers, CustomersEncoding, Out, .. ThermalOverrideOptions.All, Overrides, CommonOptions.Data, CommonOptions.Model, .. CommonOptions.SiloPorts]);

    public Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var flightFolder = Path.GetFullPath(arguments.Positionals[0]);
        if (!Directory.Exists(flightFolder))
        {
            throw new UsageException($"flight folder '{flightFolder}' does not exist.");
        }

        var assets = ExistingFile(arguments.GetRequiredString(Assets.Name), Assets.Name);
        var customersOption = arguments.GetString(Customers.Name);
        var customers = customersOption is null ? null : ExistingFile(customersOption, Customers.Name);
        var outFolder = Path.GetFullPath(arguments.GetRequiredString(Out.Name));
        var flightOverrides = ThermalOverrideOptions.Read(arguments) is { } given
            ? new ThermalOverrides(given.Emissivity, given.ObjectDistanceMeters, given.ReflectedTemperatureCelsius, given.AtmosphericTemperatureCelsius, given.RelativeHumidity)
            : null;
        IReadOnlyDictionary<string, ThermalOverrides>? fileOverrides = null;
        if (arguments.GetString(Overrides.Name) is { } overridesPath)
        {
            var (fromFile, files) = OverridesFile.Read(ExistingFile(overridesPath, Overrides.Name));
            flightOverrides = ThermalOverrides.Combine(flightOverrides, fromFile); // the command line wins over the file's "flight"
            fileOverrides = files.Count == 0 ? null : files;
        }

        var customersEncoding = ReadEncoding(arguments.GetString(CustomersEncoding.Name));
        Directory.CreateDirectory(outFolder);

        var options = new ViewerOptions
        {
            DataFolder = context.DataFolder(arguments.GetString(CommonOptions.Data.Name)),
            DetectorModelPath = CommonOptions.ReadModel(arguments),
        }.WithSiloPorts(arguments);
        var request = new FlightRequest(flightFolder, assets, customers, outFolder, flightOverrides, fileOverrides)
        {
            CustomersEncoding = customersEncoding,
        };
        return HeadlessRun.RunAsync(options, FlightIds.FromFolder(flightFolder), request, context);
    }

    /// <summary>The encoding's name as given, once it is known to be one the customers reader takes.</summary>
    private static string? ReadEncoding(string? name)
    {
        if (name is null)
        {
            return null;
        }

        try
        {
            CustomerCsvEncodings.Named(name);
            return name;
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{CustomersEncoding.Name}: {e.Message}");
        }
    }

    private static string ExistingFile(string path, string optionName)
    {
        var fullPath = Path.GetFullPath(path);
        return File.Exists(fullPath) ? fullPath : throw new UsageException($"{optionName}: file '{fullPath}' does not exist.");
    }
}
