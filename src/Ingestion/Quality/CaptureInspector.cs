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
    string? Error);

/// <summary>
/// Reads one file for the quality gate: hash, kind (content sniffing), metadata, and for thermal files a decode whose
/// pixels are dropped at once. Unreadable files become an inspection with an error, never an exception.
/// </summary>
public static class CaptureInspector
{
    /// <summary>Inspects <paramref name="path"/>; <paramref name="earlierHashes"/> gets this file's hash added.</summary>
    public static CaptureInspection Inspect(string path, HashSet<string> earlierHashes)
    {
        string sha256;
        CaptureKind kind;
        try
        {
            (sha256, kind) = HashAndKind(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ThermalFormatException)
        {
            return Unreadable(path, null, e.Message);
        }

        CaptureMetadata metadata;
        try
        {
            metadata = CaptureMetadataReader.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Unreadable(path, sha256, e.Message);
        }

        ThermalImage? thermal = null;
        ThermalProblem? problem = null;
        if (kind == CaptureKind.Thermal)
        {
            try
            {
                thermal = ThermalDecoder.Decode(path);
            }
            catch (ThermalFormatException e)
            {
                problem = ThermalProblem.From(e);
            }
        }

        var verdict = QualityGate.Evaluate(new QualityInput(path, sha256, metadata, kind == CaptureKind.Thermal, thermal, problem, null), earlierHashes);
        earlierHashes.Add(sha256);
        var summary = thermal is null ? null : new ThermalSummary(thermal.Format, thermal.Map.Width, thermal.Map.Height, thermal.Map.IsAbsolute, thermal.Note);
        return new CaptureInspection(path, sha256, kind, metadata, CameraIntrinsics.FromMetadata(metadata), summary, verdict, null);
    }

    private static CaptureInspection Unreadable(string path, string? sha256, string reason)
    {
        var verdict = QualityGate.Evaluate(new QualityInput(path, sha256, null, false, null, null, reason), new HashSet<string>());
        return new CaptureInspection(path, sha256, CaptureKind.Unknown, null, null, null, verdict, reason);
    }

    private static (string Sha256, CaptureKind Kind) HashAndKind(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        if (stream.Length == 0)
        {
            throw new InvalidDataException($"{System.IO.Path.GetFileName(path)} is empty (0 bytes).");
        }

        var head = new byte[(int)Math.Min(stream.Length, CaptureKindDetector.SniffBytes)];
        stream.ReadExactly(head);
        var kind = CaptureKindDetector.Detect(System.IO.Path.GetFileName(path), head, out var reason)
            ?? throw new InvalidDataException($"{System.IO.Path.GetFileName(path)}: {reason}");
        stream.Position = 0;
        return (Convert.ToHexStringLower(SHA256.HashData(stream)), kind);
    }
}
