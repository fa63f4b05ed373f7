using System.Runtime.InteropServices;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Reports;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Dji;
using DroneInspect.Ingestion.Thermal.Rendering;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `thermal`: decodes one radiometric file to a temperature map and prints its statistics; optionally writes the map
/// as float32 (--raw-out) and as a palette PNG with a scale bar (--png-out). Exit 1 when the file cannot be decoded.
/// </summary>
public sealed class ThermalCommand : ICliCommand
{
    // The format name FLIR maps carry; only they are recomputed from overrides.
    private const string FlirThermalDecoderFormat = "flir-fff";

    private static readonly OptionSpec Json = new("--json", null, "Print one JSON object instead of the summary.");
    private static readonly OptionSpec RawOut = new("--raw-out", "PATH", "Write the map as float32 little-endian, row-major (Celsius, or counts when relative).");
    private static readonly OptionSpec PngOut = new("--png-out", "PATH", "Write a palette PNG with a min/max scale bar.");

    public string Name => "thermal";

    public string Summary => "Decode a radiometric file to a temperature map (FLIR JPEG/FFF, radiometric TIFF, DJI R-JPEG).";

    public CommandSyntax Syntax { get; } = new(["FILE"], [.. ThermalOverrideOptions.All, Json, RawOut, PngOut]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var file = arguments.Positionals[0];
        var overrides = ThermalOverrideOptions.Read(arguments);
        ThermalImage image;
        try
        {
            image = ThermalDecoder.Decode(file, overrides);
        }
        catch (ThermalFormatException e)
        {
            await context.Error.WriteLineAsync($"droneinspect thermal: {e.Message}");
            return 1;
        }

        var ignored = image.Format == FlirThermalDecoderFormat ? [] : ThermalOverrideOptions.Given(arguments);
        var dji = image.Format == DjiRJpegDecoder.Format ? await ReadDjiSettingsAsync(file, context) : null;
        var report = new ThermalReport(file, image, ignored, dji, await ReadCameraAsync(file, context));
        if (ignored.Count > 0)
        {
            await context.Error.WriteLineAsync($"droneinspect thermal: overrides do not apply to {image.Format} files; ignored: {string.Join(", ", ignored.Select(o => "--" + o))}.");
        }

        try
        {
            if (arguments.GetString(RawOut.Name) is { } rawPath)
            {
                await WriteRawAsync(rawPath, image.Map.Values);
            }

            if (arguments.GetString(PngOut.Name) is { } pngPath)
            {
                await File.WriteAllBytesAsync(pngPath, ThermalPngRenderer.Render(image.Map));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"droneinspect thermal: could not write the output: {e.Message}");
            return 1;
        }

        await context.Out.WriteAsync(arguments.HasFlag(Json.Name) ? report.ToJson() + Environment.NewLine : report.ToText());
        return 0;
    }

    /// <summary>Make and model as `metadata` reports them; unreadable metadata is said on stderr and leaves the decoder's.</summary>
    private static async Task<(string? Make, string? Model)?> ReadCameraAsync(string file, CliContext context)
    {
        try
        {
            var metadata = CaptureMetadataReader.Read(file);
            return (metadata.Make, metadata.Model);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            await context.Error.WriteLineAsync($"droneinspect thermal: the file's camera metadata is unreadable: {e.Message}");
            return null;
        }
    }

    /// <summary>The documented APP4 settings; their damage is reported on stderr and does not stop the map's output.</summary>
    private static async Task<DjiThermalParams?> ReadDjiSettingsAsync(string file, CliContext context)
    {
        try
        {
            return DjiThermalParams.Read(await File.ReadAllBytesAsync(file));
        }
        catch (ThermalFormatException e)
        {
            await context.Error.WriteLineAsync($"droneinspect thermal: the DJI measurement settings (APP4) are unreadable: {e.Message}");
            return null;
        }
    }

    private static async Task WriteRawAsync(string path, float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        MemoryMarshal.AsBytes(values.AsSpan()).CopyTo(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < bytes.Length; i += 4)
            {
                Array.Reverse(bytes, i, 4);
            }
        }

        await File.WriteAllBytesAsync(path, bytes);
    }
}
