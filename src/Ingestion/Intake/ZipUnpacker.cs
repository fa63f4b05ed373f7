using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;

namespace DroneInspect.Ingestion.Intake;

/// <summary>One file taken out of an uploaded zip into a temporary file, with its content hash.</summary>
/// <param name="Name">The entry's path in the zip, '/' separated (becomes its path in the flight).</param>
public sealed record UnpackedEntry(string Name, string TempPath, string Sha256, long SizeBytes);

/// <summary>
/// What unpacking a zip gave: its files, the entries skipped (folders' hidden files such as macOS's "__MACOSX/._x"),
/// or, when the zip is refused whole, why (<see cref="OverSize"/> when a size limit was the reason).
/// </summary>
public sealed record ZipUnpackResult(IReadOnlyList<UnpackedEntry> Entries, IReadOnlyList<IntakeProblem> Skipped, string? Refusal, bool OverSize)
{
    public static ZipUnpackResult Refused(string reason, bool overSize = false) => new([], [], reason, overSize);
}

/// <summary>
/// Unpacks an uploaded zip for a content-addressed store, all or nothing: an entry leading outside the flight (absolute,
/// "..", a link), a declared size over the limits, an entry count over the file limit, an expansion over
/// <see cref="IntakeLimits.MaxCompressionRatio"/>, or bytes that differ from what the entry declares (size or CRC-32)
/// refuse the whole zip and leave nothing behind. Bytes are counted while written, so a lying header is stopped at
/// its declared size, never after the disk is full.
/// </summary>
public static class ZipUnpacker
{
    private const int BufferBytes = 81920;

    /// <param name="filesHeld">Files the flight holds already (counted against <see cref="IntakeLimits.MaxFiles"/>).</param>
    /// <param name="bytesHeld">Bytes the flight holds already (counted against <see cref="IntakeLimits.MaxFlightBytes"/>).</param>
    public static ZipUnpackResult Unpack(string zipPath, string tempFolder, IntakeLimits limits, int filesHeld, long bytesHeld)
    {
        limits.Validate();
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException e)
        {
            return ZipUnpackResult.Refused($"refused: not a readable zip: {e.Message}");
        }

        using (archive)
        {
            var files = archive.Entries.Where(e => !(e.FullName.EndsWith('/') && e.Length == 0)).ToList();
            var (admitted, skipped, refusal, overSize) = Check(files, limits, filesHeld, bytesHeld);
            if (refusal is not null)
            {
                return ZipUnpackResult.Refused(refusal, overSize);
            }

            Directory.CreateDirectory(tempFolder);
            var entries = new List<UnpackedEntry>();
            foreach (var (entry, index) in admitted.Select((e, i) => (e, i)))
            {
                var temp = Path.Combine(tempFolder, $"entry-{index}.part");
                var problem = Extract(entry, temp, out var sha256);
                if (problem is not null)
                {
                    Directory.Delete(tempFolder, recursive: true);
                    return ZipUnpackResult.Refused($"{entry.FullName}: {problem}");
                }

                entries.Add(new UnpackedEntry(entry.FullName.Replace('\\', '/'), temp, sha256, entry.Length));
            }

            return new ZipUnpackResult(entries, skipped, null, false);
        }
    }

    private static (List<ZipArchiveEntry> Admitted, List<IntakeProblem> Skipped, string? Refusal, bool OverSize) Check(
        List<ZipArchiveEntry> files, IntakeLimits limits, int filesHeld, long bytesHeld)
    {
        var admitted = new List<ZipArchiveEntry>();
        var skipped = new List<IntakeProblem>();
        long total = bytesHeld;
        foreach (var entry in files)
        {
            var refusal = ZipEntryGuard.Refusal(entry);
            if (refusal == ZipEntryGuard.HiddenRefusal || entry.Length == 0)
            {
                skipped.Add(new IntakeProblem(entry.FullName, refusal ?? "empty file (0 bytes)"));
                continue;
            }

            if (refusal is not null)
            {
                return ([], [], $"{entry.FullName}: {refusal}", false);
            }

            if (entry.Length > limits.MaxFileBytes)
            {
                return ([], [], $"{entry.FullName}: refused: {entry.Length} bytes is over the per-file limit of {limits.MaxFileBytes} bytes", true);
            }

            if (limits.CompressionRefusal(entry.Length, entry.CompressedLength) is { } bomb)
            {
                return ([], [], $"{entry.FullName}: {bomb}", false);
            }

            total += entry.Length;
            if (total > limits.MaxFlightBytes)
            {
                return ([], [], $"refused: the zip's entries would take the flight over its limit of {limits.MaxFlightBytes} bytes", true);
            }

            admitted.Add(entry);
        }

        return filesHeld + admitted.Count > limits.MaxFiles
            ? ([], [], $"refused: the zip holds {admitted.Count} files and the flight {filesHeld}; a flight may hold at most {limits.MaxFiles}", false)
            : (admitted, skipped, null, false);
    }

    /// <summary>Copies the entry counting bytes; null when it gave exactly its declared bytes with its CRC-32.</summary>
    private static string? Extract(ZipArchiveEntry entry, string temp, out string sha256)
    {
        sha256 = "";
        var crc = new Crc32();
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            using var content = entry.Open();
            using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
            long length = 0;
            int read;
            while ((read = content.Read(buffer, 0, BufferBytes)) > 0)
            {
                length += read;
                if (length > entry.Length)
                {
                    return $"refused: decompresses to more than the {entry.Length} bytes it declares (a zip bomb); stopped after {length} bytes";
                }

                hasher.AppendData(buffer, 0, read);
                crc.Append(buffer.AsSpan(0, read));
                output.Write(buffer, 0, read);
            }

            if (length != entry.Length || crc.Value != entry.Crc32)
            {
                return $"refused: the {length} bytes extracted do not match the entry's declared size and CRC-32 (damaged, or lying as a zip bomb does)";
            }

            sha256 = Convert.ToHexStringLower(hasher.GetHashAndReset());
            return null;
        }
        catch (InvalidDataException e)
        {
            return $"refused: damaged zip entry: {e.Message}";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
