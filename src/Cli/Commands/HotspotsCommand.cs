using System.Globalization;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Reports;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `hotspots`: decodes one radiometric file and prints its hot regions with Tmax, location, area, mean, reference (and
/// where it came from), delta-T, rise over ambient, DL/T 664 delta_t, grades and the rules that gave them. Ambient is
/// --ambient, else the file's air temperature, else 20 C, checked against the scene as the pipeline does
/// (<see cref="AmbientAir"/>; what was used and why is printed). Other phases count as similar components only with
/// --network-equipment. Exit 1 when the file cannot be decoded.
/// </summary>
public sealed class HotspotsCommand : ICliCommand
{
    public const double DefaultAmbientCelsius = HotspotRun.DefaultAmbientCelsius;

    private static readonly OptionSpec Ambient = new("--ambient", "C", "Ambient air temperature, Celsius (default: the file's, else 20).");
    private static readonly OptionSpec Json = new("--json", null, "Print one JSON object instead of the table.");
    private static readonly OptionSpec NetworkEquipment = new(
        "--network-equipment", null, "The view shows asset-network equipment: other phases may serve as similar components.");

    public string Name => "hotspots";

    public string Summary => "Find and grade the hotspots of one radiometric file (NETA MTS, DL/T 664).";

    public CommandSyntax Syntax { get; } = new(["FILE"], [Ambient, Json, NetworkEquipment]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var file = arguments.Positionals[0];
        double? given = null;
        if (arguments.GetString(Ambient.Name) is { } text)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new UsageException($"--ambient needs a temperature in Celsius, not '{text}'.");
            }

            given = value;
        }

        ThermalImage image;
        try
        {
            image = ThermalDecoder.Decode(file);
        }
        catch (ThermalFormatException e)
        {
            await context.Error.WriteLineAsync($"droneinspect hotspots: {e.Message}");
            return 1;
        }

        var run = HotspotRun.Analyze(image, given, arguments.HasFlag(NetworkEquipment.Name));
        var report = new HotspotsReport(file, image, run.Ambient, run.Hotspots);
        await context.Out.WriteAsync(arguments.HasFlag(Json.Name) ? report.ToJson() + Environment.NewLine : report.ToText());
        return 0;
    }
}
