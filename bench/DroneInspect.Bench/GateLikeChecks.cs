using DroneInspect.Ingestion.Metadata;

namespace DroneInspect.Bench;

/// <summary>
/// The per-file work the metadata command does besides reading: intrinsics and quality-gate style checks (GPS,
/// pose, time, intrinsics present). The real gate lives in Ingestion; this keeps the bench independent of it.
/// </summary>
public static class GateLikeChecks
{
    /// <summary>Number of checks the file fails.</summary>
    public static int Failures(string path)
    {
        var metadata = CaptureMetadataReader.Read(path);
        var intrinsics = CameraIntrinsics.FromMetadata(metadata);
        var failures = 0;
        failures += metadata.Gps is null ? 1 : 0;
        failures += metadata.Pose?.GimbalPitchDegrees is null ? 1 : 0;
        failures += metadata.CaptureTime is null ? 1 : 0;
        failures += intrinsics is null ? 1 : 0;
        return failures;
    }
}
