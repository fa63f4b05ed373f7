using System.Globalization;
using System.Text.Json;
using DroneInspect.Cli.Parsing;
using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Placement;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Metadata;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `locate`: where one pixel of a capture is in the world, from the file's own pose (GPS, absolute and relative
/// altitude, gimbal angles) and intrinsics. Without assets the ray meets the take-off ground (absolute minus relative
/// altitude), or a horizontal plane --target-height metres above it; with --assets it is cast into the network.
/// </summary>
public sealed class LocateCommand : ICliCommand
{
    private static readonly OptionSpec Pixel = new("--pixel", "X,Y", "Pixel: x right, y down from the image's top-left corner.", Required: true);
    private static readonly OptionSpec TargetHeight = new("--target-height", "M", "Place on a plane M metres above the take-off ground.");
    private static readonly OptionSpec Assets = new("--assets", "FILE", "Asset network (.geojson, .gpkg, .shp or a folder) to cast into.");
    private static readonly OptionSpec Json = new("--json", null, "Print one JSON object instead of lines.");

    public string Name => "locate";

    public string Summary => "Place one pixel of a capture in the world (latitude, longitude, altitude, uncertainty).";

    public CommandSyntax Syntax { get; } = new(["IMAGE"], [Pixel, TargetHeight, Assets, Json]);

    public Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var image = Path.GetFullPath(arguments.Positionals[0]);
        var (pixelX, pixelY) = ParsePixel(arguments.GetRequiredString(Pixel.Name));
        var targetHeight = ParseOptionalNumber(arguments.GetString(TargetHeight.Name), TargetHeight.Name);
        var assetsPath = arguments.GetString(Assets.Name);
        if (!File.Exists(image))
        {
            context.Error.WriteLine($"droneinspect locate: image '{image}' does not exist.");
            return Task.FromResult(1);
        }

        CaptureMetadata metadata;
        try
        {
            metadata = CaptureMetadataReader.Read(image);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or NotSupportedException)
        {
            context.Error.WriteLine($"droneinspect locate: cannot read the metadata of '{image}': {ex.Message}");
            return Task.FromResult(1);
        }

        string? missing = "image size";
        var view = metadata.ImageWidth is int w && metadata.ImageHeight is int h
            ? CameraViews.TryBuild(metadata, w, h, out missing)
            : null;
        missing = view is null ? missing : view.GroundElevationMeters is null ? "relative altitude (take-off ground elevation)" : null;
        if (missing is not null)
        {
            context.Error.WriteLine($"droneinspect locate: '{Path.GetFileName(image)}' lacks {missing}: it cannot be placed.");
            return Task.FromResult(1);
        }

        if (targetHeight is { } height)
        {
            view = view! with { GroundElevationMeters = view.GroundElevationMeters + height };
        }

        AssetNetwork network;
        try
        {
            network = assetsPath is null ? new AssetNetwork([], []) : AssetNetwork.Load(Path.GetFullPath(assetsPath));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"droneinspect locate: {ex.Message}");
            return Task.FromResult(1);
        }

        var source = assetsPath is null ? string.Empty : Path.GetFileName(Path.TrimEndingDirectorySeparator(assetsPath));
        foreach (var line in AssetNetworkCheck.DroppedLines(network, source))
        {
            context.Error.WriteLine($"droneinspect locate: {line}");
        }

        if (assetsPath is not null && AssetNetworkCheck.Unusable(network, source) is { } unusable)
        {
            context.Error.WriteLine($"droneinspect locate: {unusable}");
            return Task.FromResult(1);
        }

        var placement = new SightingLocator(network).Locate(view!, pixelX, pixelY);
        if (assetsPath is not null && placement.DistanceToNetworkMeters is { } far)
        {
            context.Error.WriteLine($"droneinspect locate: {AssetNetworkCheck.OutOfReachText(Path.GetFileName(image), far)}");
        }

        context.Out.Write(arguments.HasFlag(Json.Name) ? ToJson(placement, assetsPath is not null) : ToLines(placement, assetsPath is not null));
        return Task.FromResult(0);
    }

    private static string ToJson(Placement p, bool withAsset)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("latitude", Math.Round(p.LatitudeDegrees, 9));
            json.WriteNumber("longitude", Math.Round(p.LongitudeDegrees, 9));
            json.WriteNumber("altitudeMeters", Math.Round(p.AltitudeMeters, 3));
            json.WriteNumber("uncertaintyMeters", Math.Round(p.UncertaintyMeters, 3));
            if (withAsset)
            {
                json.WriteString("method", p.Method);
                json.WriteString("assetId", p.AssetId);
                json.WriteString("component", p.Component);
                if (p.DistanceToNetworkMeters is { } far)
                {
                    json.WriteNumber("distanceToNetworkMeters", Math.Round(far, 0));
                }
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static string ToLines(Placement p, bool withAsset)
    {
        var c = CultureInfo.InvariantCulture;
        var text = string.Create(c, $"latitude: {p.LatitudeDegrees:0.000000000}\nlongitude: {p.LongitudeDegrees:0.000000000}\naltitudeMeters: {p.AltitudeMeters:0.000}\nuncertaintyMeters: {p.UncertaintyMeters:0.000}\n");
        return withAsset ? text + $"method: {p.Method}\nassetId: {p.AssetId ?? "-"}\ncomponent: {p.Component ?? "-"}\n" : text;
    }

    private static (double X, double Y) ParsePixel(string text)
    {
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && double.IsFinite(y))
        {
            return (x, y);
        }

        throw new UsageException($"--pixel expects X,Y (e.g. 1024.5,768), got '{text}'.");
    }

    private static double? ParseOptionalNumber(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new UsageException($"{name} expects a number of metres, got '{text}'.");
    }
}
