namespace DroneInspect.Viewer.Uploads;

/// <summary>POST /api/uploads: the flight the upload is for; <paramref name="Uploader"/> is used where no one is signed in.</summary>
public sealed record CreateUploadRequest(string? FlightId, string? Uploader);

/// <summary>POST /api/uploads/{id}/files: one file by its path in the flight, SHA-256 (lower-case hex) and size.</summary>
public sealed record DeclareFileRequest(string? Name, string? Sha256, long? SizeBytes);

/// <summary>What closing an upload gave: the flight as its grain reports it, and every file's verdict.</summary>
public sealed record CloseUploadResponse(string UploadId, string FlightId, Grains.Abstractions.FlightStatus Flight, IReadOnlyList<UploadFile> Files);

/// <summary>A refusal with its HTTP status (4xx) and a reason in plain words.</summary>
/// <param name="CommittedBytes">For a chunk at the wrong offset: where the server's copy of the file ends.</param>
public sealed record UploadProblem(int StatusCode, string Title, string Detail, long? CommittedBytes = null)
{
    public static UploadProblem BadRequest(string detail) => new(400, "Bad request", detail);

    public static UploadProblem NotFound(string detail) => new(404, "Not found", detail);

    public static UploadProblem Conflict(string detail) => new(409, "Conflict", detail);

    public static UploadProblem TooLarge(string detail) => new(413, "Too large", detail);

    public static UploadProblem Unprocessable(string detail) => new(422, "Refused", detail);
}

/// <summary>A value or the problem that stopped it.</summary>
public readonly record struct UploadOutcome<T>(T? Value, UploadProblem? Problem)
{
    public static implicit operator UploadOutcome<T>(T value) => new(value, null);

    public static implicit operator UploadOutcome<T>(UploadProblem problem) => new(default, problem);
}
