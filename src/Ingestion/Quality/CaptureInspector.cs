using System.Buffers;
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

    /// <summary>Inspects <paramref name="path"/>; <paramref name="earlierHashes"/> gets this file's hash added.</summary>
    /// <param name="decodeThermal">Decode the thermal pixels too (finds damage inside compressed pixel data, at 1-3 ms a file).</param>
    public static CaptureInspection Inspect(string path, HashSet<string> earlierHashes, bool decodeThermal = false) =>
        AfterEarlierFiles(InspectAlone(path, decodeThermal, hash: true), earlierHashes);

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
    /// <param name="hash">
    /// Read every byte for the SHA-256 (and so the duplicate rule). Without it a JPEG is read only up to its image
    /// data, as exiftool reads it: a flight of 4 MB RGB captures is then read at a sixtieth of its size.
    /// </param>
    public static CaptureInspection InspectAlone(string path, bool decodeThermal = false, bool hash = true)
    {
        byte[] buffer;
        int length;
        string? sha256;
        try
        {
            (buffer, length, sha256) = CaptureBytes.Read(path, whole: decodeThermal, hash);
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

    private static CaptureInspection Inspect(string path, byte[] buffer, int length, string? sha256, bool decodeThermal)
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
}
