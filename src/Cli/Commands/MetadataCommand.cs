using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Reports;
using DroneInspect.Ingestion.Quality;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `metadata`: per file, camera, time, GPS, pose, lens, intrinsics, pairing and the quality-gate verdict. Streams:
/// each file is read, printed and forgotten (only hashes are kept, for duplicates), so memory stays flat over a
/// whole flight. Exit 1 when any file could not be read; the others are still printed.
/// </summary>
public sealed class MetadataCommand : ICliCommand
{
    private static readonly OptionSpec Json = new("--json", null, "Print a JSON array, one object per file (an unreadable file has \"error\").");

    public string Name => "metadata";

    public string Summary => "Show pose, intrinsics, pairing and the quality-gate verdict of capture files.";

    public CommandSyntax Syntax { get; } = new(["FILE..."], [Json]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var files = arguments.Positionals;
        var pairing = NamePairing.Pair(files);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var json = arguments.HasFlag(Json.Name);
        var buffer = new ArrayBufferWriter<byte>();
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (json)
        {
            writer.WriteStartArray();
        }

        var failures = 0;
        foreach (var file in files)
        {
            var inspection = CaptureInspector.Inspect(file, hashes);
            failures += inspection.Error is null ? 0 : 1;
            (string, IReadOnlyList<string>)? pair = pairing.TryGetValue(file, out var p) ? p : null;
            if (json)
            {
                MetadataReport.WriteJson(writer, inspection, pair);
                await FlushAsync(writer, buffer, context.Out);
            }
            else
            {
                await context.Out.WriteAsync(MetadataReport.ToText(inspection, pair));
                await context.Out.FlushAsync();
            }
        }

        if (json)
        {
            writer.WriteEndArray();
            await FlushAsync(writer, buffer, context.Out);
            await context.Out.WriteLineAsync();
        }

        if (failures > 0)
        {
            await context.Error.WriteLineAsync($"droneinspect metadata: {failures} of {files.Count} files could not be read.");
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task FlushAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        await writer.FlushAsync();
        await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
        await output.FlushAsync();
        buffer.ResetWrittenCount();
    }
}
