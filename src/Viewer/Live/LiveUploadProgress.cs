using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Uploads;

namespace DroneInspect.Viewer.Live;

/// <summary>Publishes upload steps as "upload" events (and a started flight as its first "flight" event) to the uploader and non-pilot roles.</summary>
public sealed class LiveUploadProgress(LiveEventHub hub, FlightProgressWatcher watcher) : IUploadProgress
{
    public const string Refused = "refused";

    public const string Unpacked = "unpacked";

    public void FileChanged(UploadSession session, UploadFile file) =>
        hub.Publish(LiveEvent.Upload(
            new UploadEventData(session.UploadId, session.FlightId, file.Name, VerdictOf(file), file.CommittedBytes, file.SizeBytes, file.State.ToString(), file.Problem),
            session.Uploader));

    public void FlightStarted(UploadSession session, FlightStatus status)
    {
        watcher.Watch(session.FlightId);
        hub.Publish(LiveEvent.Flight(new FlightEventData(status.FlightId, status.State.ToString(), status.CapturesDone, status.CapturesTotal), session.Uploader));
    }

    /// <summary>The gate's verdict once stored, "refused" or "unpacked" once settled otherwise, null while bytes are on their way.</summary>
    public static string? VerdictOf(UploadFile file) => file.State switch
    {
        UploadFileState.Stored => file.Quality?.Verdict,
        UploadFileState.Refused => Refused,
        UploadFileState.Unpacked => Unpacked,
        _ => null,
    };
}
