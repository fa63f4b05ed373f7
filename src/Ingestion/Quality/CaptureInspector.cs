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
/// Reads one file (once) for the quality gate: hash, kind (content sniffing), metadata, and for thermal files a decode
/// whose pixels are dropped at once. Unreadable files become an inspection with an error, never an exception.
/// </summary>
public static class CaptureInspector
{
    /// <summary>Inspects <paramref name="path"/>; <paramref name="earlierHashes"/> gets this file's hash added.</summary>
    public static CaptureInspection Inspect(string path, HashSet<string> earlierHashes)
    {
        byte[] bytes;
        string sha256;
        CaptureKind kind;
        try
        {
            bytes = ReadWhole(path);
            sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            kind = CaptureKindDetector.Detect(System.IO.Path.GetFileName(path), bytes.AsSpan(0, Math.Min(bytes.Length, CaptureKindDetector.SniffBytes)), out var reason)
                ?? throw new InvalidDataException($"{System.IO.Path.GetFileName(path)}: {reason}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ThermalFormatException)
        {
            return Unreadable(path, null, e.Message);
        }

        CaptureMetadata metadata;
        try
        {
            metadata = CaptureMetadataReader.Read(path, bytes);
        }
        catch (InvalidDataException e)
        {
            return Unreadable(path, sha256, e.Message);
        }

        ThermalImage? thermal = null;
        ThermalProblem? problem = null;
        if (kind == CaptureKind.Thermal)
        {
            try
            {
                thermal = ThermalDecoder.Decode(path, bytes, overrides: null, metadata.Model);
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

    /// <summary>The whole file, read once for hash, metadata and decode; refuses empty and oversized files.</summary>
    private static byte[] ReadWhole(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path} does not exist.", path);
        }

        if (info.Length == 0 || info.Length > ThermalFile.MaxBytes)
        {
            throw new InvalidDataException($"{info.Name} is {(info.Length == 0 ? "empty (0 bytes)" : $"{info.Length} bytes, too large for a capture")}.");
        }

        return File.ReadAllBytes(path);
    }
}
