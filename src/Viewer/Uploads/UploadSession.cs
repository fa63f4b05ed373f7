using DroneInspect.Ingestion.Quality;

namespace DroneInspect.Viewer.Uploads;

/// <summary>Where one declared file of an upload stands.</summary>
public enum UploadFileState
{
    /// <summary>Declared; no byte received yet.</summary>
    Missing,

    /// <summary>Some bytes received (<see cref="UploadFile.CommittedBytes"/>); send the rest from there.</summary>
    Partial,

    /// <summary>Verified and held by the capture store; part of the flight.</summary>
    Stored,

    /// <summary>Not part of the flight (not an image, a duplicate, a skipped zip entry); <see cref="UploadFile.Problem"/> says why.</summary>
    Refused,

    /// <summary>A zip whose files were taken out as files of their own (their <see cref="UploadFile.FromZip"/> names it).</summary>
    Unpacked,
}

/// <summary>The quality gate's verdict on a stored file ("accepted" or "rejected") with its reasons.</summary>
public sealed record UploadQuality(string Verdict, IReadOnlyList<QualityReason> Reasons);

/// <summary>One file of an upload: its name in the flight, its content hash and size, and where its bytes stand.</summary>
public sealed class UploadFile
{
    /// <summary>Path in the flight folder, '/' separated.</summary>
    public required string Name { get; init; }

    /// <summary>SHA-256 of the whole file, lower-case hex; its bytes are sent to /files/{sha256}.</summary>
    public required string Sha256 { get; init; }

    public required long SizeBytes { get; init; }

    public UploadFileState State { get; set; }

    /// <summary>Bytes the server holds for this file: the offset the next chunk must start at.</summary>
    public long CommittedBytes { get; set; }

    /// <summary>"Rgb" or "Thermal" once the file is stored.</summary>
    public string? Kind { get; set; }

    public UploadQuality? Quality { get; set; }

    /// <summary>Why the file is not part of the flight (state Refused).</summary>
    public string? Problem { get; set; }

    /// <summary>The zip this file came out of, or null for a file sent on its own.</summary>
    public string? FromZip { get; init; }
}

/// <summary>
/// An upload of one flight: files declared by hash, their bytes sent in chunks, then closed to start the flight.
/// Kept as JSON beside its partial files, so a restarted server resumes it.
/// </summary>
public sealed class UploadSession
{
    public required string UploadId { get; init; }

    public required string FlightId { get; init; }

    /// <summary>Who uploaded (the signed-in user's name where sign-in exists, else what the client said), or null.</summary>
    public string? Uploader { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public bool Closed { get; set; }

    public List<UploadFile> Files { get; init; } = [];

    /// <summary>Files that count against the flight's limits: stored, or on their way (an unpacked zip counts by its files).</summary>
    public IEnumerable<UploadFile> Counted => Files.Where(f => f.State is UploadFileState.Missing or UploadFileState.Partial or UploadFileState.Stored);
}
