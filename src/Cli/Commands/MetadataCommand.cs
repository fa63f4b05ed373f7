using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Reports;
using DroneInspect.Ingestion.Quality;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `metadata`: per file, camera, time, GPS, pose, lens, intrinsics, pairing and the quality-gate verdict. A folder
/// stands for its files (not its subfolders, as exiftool without -r). Like exiftool it reads a JPEG only up to its
/// image data; --hash reads every byte for the SHA-256 and the duplicate rule. Streams: files are inspected a few ahead on
/// the thread pool and printed in order as they finish; each is then forgotten (only hashes are kept, for
/// duplicates), so memory stays flat over a whole flight. Exit 1 when any file could not be read; the others are
/// still printed.
/// </summary>
public sealed class MetadataCommand : ICliCommand
{
    private static readonly OptionSpec Json = new("--json", null, "Print a JSON array, one object per file (an unreadable file has \"error\").");
    private static readonly OptionSpec Decode = new("--decode-thermal", null, "Decode every thermal file's pixels too (finds damage inside compressed pixel data; slower).");
    private static readonly OptionSpec Hash = new("--hash", null, "Read every byte for each file's SHA-256 and reject later files with the same content as duplicates (slower: RGB captures are read whole).");

    public string Name => "metadata";

    public string Summary => "Show pose, intrinsics, pairing and the quality-gate verdict of capture files.";

    public CommandSyntax Syntax { get; } = new(["FILE..."], [Json, Decode, Hash]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        var files = MetadataFiles.Expand(arguments.Positionals);
        var pairing = NamePairing.Pair(files);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var json = arguments.HasFlag(Json.Name);
        var decode = arguments.HasFlag(Decode.Name);
        var hash = arguments.HasFlag(Hash.Name);
        var buffer = new ArrayBufferWriter<byte>();
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (json)
        {
            writer.WriteStartArray();
        }

        var failures = 0;
        await foreach (var alone in MetadataFiles.InspectInOrder(files, decode, hash))
        {
            var inspection = CaptureInspector.AfterEarlierFiles(alone, hashes);
            failures += inspection.Error is null ? 0 : 1;
            (string, IReadOnlyList<string>)? pair = pairing.TryGetValue(inspection.Path, out var p) ? p : null;
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
