using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Viewer.Uploads;

/// <summary>
/// Told of each step of an upload as it happens (live updates show them to the pilot and engineers). Called under the
/// upload's lock: implementations return at once and never call back into <see cref="UploadService"/>.
/// </summary>
public interface IUploadProgress
{
    /// <summary>A file was declared, received more bytes, or settled (stored, refused, unpacked).</summary>
    void FileChanged(UploadSession session, UploadFile file);

    /// <summary>The upload closed and its flight started.</summary>
    void FlightStarted(UploadSession session, FlightStatus status);
}
