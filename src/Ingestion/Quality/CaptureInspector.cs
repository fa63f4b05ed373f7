using System.Buffers;
using System.Security.Cryptography;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Ingestion.Quality;

/// <summary>A thermal map's shape without its pixels (inspection keeps no decoded image alive).</summary>
public sealed record ThermalSummary(string Format, int Width, int Height, bool Absolute, string? Note);

/// <summary>Everything `metadata` reports on one file; <see cref="Error"/> is set when the file could not be read.</summary>
public sealed record CaptureInspection(
    string Path,
    string? Sha256,
    CaptureKind Kind,
    CaptureMetadata? Metadata,
    CameraIntrinsics? Intrinsics,
    ThermalSummary? Thermal,
    QualityVerdict Verdict,
    string? Error)
{
    /// <summary>Why the file's own optics were passed over for the intrinsics (implausible), or null; see <see cref="CameraIntrinsics.Note"/>.</summary>
    public string? IntrinsicsNote { get; init; }
}

/// <summary>
/// Reads one file (once, into a pooled buffer) for the quality gate: hash, kind (content sniffing), metadata, and for
/// thermal files the thermal header (<see cref="ThermalProbe"/>: structure checked, no pixels decoded) or, when
/// asked, a full decode whose pixels are dropped at once. Unreadable files become an inspection with an error, never
/// an exception.
/// </summary>
public static class CaptureInspector
{
    /// <summary>Bytes read and hashed at a time: small enough to stay in a core's L2 cache between the two.</summary>
    private const int HashChunkBytes = 256 * 1024;

    /// <summary>Inspects <paramref name="path"/>; <paramref name="earlierHashes"/> gets this file's hash added.</summary>
    /// <param name="decodeThermal">Decode the thermal pixels too (finds damage inside compressed pixel data, at 1-3 ms a file).</param>
    public static CaptureInspection Inspect(string path, HashSet<string> earlierHashes, bool decodeThermal = false) =>
        AfterEarlierFiles(InspectAlone(path, decodeThermal), earlierHashes);

    /// <summary>
    /// Applies the rule that depends on the files before this one (same content: a duplicate) to an inspection made
    /// by <see cref="InspectAlone"/>, and adds its hash to <paramref name="earlierHashes"/>. Call in flight order.
    /// </summary>
    public static CaptureInspection AfterEarlierFiles(CaptureInspection alone, HashSet<string> earlierHashes)
    {
        if (alone.Sha256 is not { } sha || alone.Error is not null)
        {
            return alone;
        }

        var duplicate = !earlierHashes.Add(sha);
        return duplicate ? alone with { Verdict = new QualityVerdict([QualityGate.DuplicateReason, .. alone.Verdict.Reasons]) } : alone;
    }

    /// <summary>
    /// Inspects <paramref name="path"/> on its own, as if it were the first file of its flight: the duplicate rule,
    /// which depends on the files before it, is left to <see cref="AfterEarlierFiles"/>. Safe to call on several threads.
    /// </summary>
    public static CaptureInspection InspectAlone(string path, bool decodeThermal = false)
    {
        byte[] buffer;
        int length;
        string sha256;
        try
        {
            (buffer, length, sha256) = ReadPooled(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Unreadable(path, null, e.Message);
        }

        try
        {
            return Inspect(path, buffer, length, sha256, decodeThermal);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CaptureInspection Inspect(string path, byte[] buffer, int length, string sha256, bool decodeThermal)
    {
        var bytes = buffer.AsSpan(0, length);
        CaptureKind kind;
        try
        {
            kind = CaptureKindDetector.Detect(System.IO.Path.GetFileName(path), bytes[..Math.Min(bytes.Length, CaptureKindDetector.SniffBytes)], out var reason)
                ?? throw new InvalidDataException($"{System.IO.Path.GetFileName(path)}: {reason}");
        }
        catch (Exception e) when (e is InvalidDataException or ThermalFormatException)
        {
            return Unreadable(path, null, e.Message);
        }

        CaptureMetadata metadata;
        try
        {
            metadata = CaptureMetadataReader.Read(path, buffer, length);
        }
        catch (InvalidDataException e)
        {
            return Unreadable(path, sha256, e.Message);
        }

        ThermalHeader? thermal = null;
        ThermalProblem? problem = null;
        if (kind == CaptureKind.Thermal)
        {
            try
            {
                thermal = decodeThermal
                    ? ThermalDecoder.Decode(path, bytes.ToArray(), overrides: null, metadata.Model).Header
                    : ThermalProbe.Probe(path, bytes, metadata.Model);
            }
            catch (ThermalFormatException e)
            {
                problem = ThermalProblem.From(e);
            }
        }

        var verdict = QualityGate.Evaluate(new QualityInput(path, sha256, metadata, kind == CaptureKind.Thermal, thermal, problem, null), new HashSet<string>());
        var summary = thermal is null ? null : new ThermalSummary(thermal.Format, thermal.Width, thermal.Height, thermal.IsAbsolute, thermal.Note);
        var intrinsics = CameraIntrinsics.FromMetadata(metadata, out var intrinsicsNote);
        return new CaptureInspection(path, sha256, kind, metadata, intrinsics, summary, verdict, null) { IntrinsicsNote = intrinsicsNote };
    }

    private static CaptureInspection Unreadable(string path, string? sha256, string reason)
    {
        var verdict = QualityGate.Evaluate(new QualityInput(path, sha256, null, false, null, null, reason), new HashSet<string>());
        return new CaptureInspection(path, sha256, CaptureKind.Unknown, null, null, null, verdict, reason);
    }

    /// <summary>
    /// The whole file in a buffer from <see cref="ArrayPool{T}.Shared"/> (the caller returns it): a flight is hundreds
    /// of megabyte-sized files, and a fresh array per file costs the GC. The length is the opened file's, not
    /// <see cref="FileInfo.Length"/> (a symbolic link's own size), so a link reads as its target. Empty and oversized
    /// files are refused. The SHA-256 is taken chunk by chunk as the bytes arrive, while each chunk is still in the
    /// CPU cache. (Mapping the file instead was slower: a page fault per 4 kB cost more than the copy.)
    /// </summary>
    private static (byte[] Buffer, int Length, string Sha256) ReadPooled(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidDataException($"{path} is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} does not exist.", path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var size = stream.Length;
        if (size == 0 || size > ThermalFile.MaxBytes)
        {
            throw new InvalidDataException($"{System.IO.Path.GetFileName(path)} is {(size == 0 ? "empty (0 bytes)" : $"{size} bytes, too large for a capture")}.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var read = 0;
            int got;
            while (read < size && (got = stream.Read(buffer, read, Math.Min(HashChunkBytes, (int)size - read))) > 0)
            {
                hash.AppendData(buffer, read, got);
                read += got;
            }

            return (buffer, read, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch (IOException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
