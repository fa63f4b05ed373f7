using System.Collections.Concurrent;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Store;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Viewer.Uploads;

/// <summary>
/// Resumable uploads of flights: a session per flight, files declared by SHA-256 and size (the answer says what the
/// store already holds, so a repeated or resumed upload sends each content once), bytes appended at the committed
/// offset, each file verified and judged as it completes, and closing assembles the flight folder and starts the
/// flight through its grain, as `analyze` does. Limits are those of intake (<see cref="IntakeLimits"/>).
/// </summary>
public sealed partial class UploadService
{
    private readonly ConcurrentDictionary<string, UploadSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly ICaptureStore _store;
    private readonly IntakeLimits _limits;
    private readonly UploadFolders _folders;
    private readonly IGrainFactory _grains;
    private readonly ViewerOptions _options;
    private readonly TimeProvider _time;
    private readonly IUploadProgress _progress;
    private readonly ILogger<UploadService> _logger;

    public UploadService(
        ICaptureStore store, IntakeLimits limits, UploadFolders folders, IGrainFactory grains, ViewerOptions options, TimeProvider time, IUploadProgress progress, ILogger<UploadService> logger)
    {
        (_store, _limits, _folders, _grains, _options, _time, _progress, _logger) = (store, limits, folders, grains, options, time, progress, logger);
        var damaged = new List<string>();
        foreach (var session in folders.LoadAll(damaged))
        {
            _sessions[session.UploadId] = session;
        }

        foreach (var line in damaged)
        {
            logger.LogWarning("Upload session not resumed, its file is damaged: {Reason}", line);
        }
    }

    /// <summary>Opens an upload for a flight, or returns the one still open for it (created false), so a client that died resumes.</summary>
    public UploadOutcome<(UploadSession Session, bool Created)> Create(CreateUploadRequest request, string? signedInUser)
    {
        if (!UploadNames.IsFlightId(request.FlightId))
        {
            return UploadProblem.BadRequest("flightId must be 1 to 100 letters, digits, '-', '_' or '.', starting with a letter or digit");
        }

        lock (_createGate)
        {
            if (_sessions.Values.FirstOrDefault(s => !s.Closed && s.FlightId == request.FlightId) is { } open)
            {
                return (open, false);
            }

            var session = new UploadSession
            {
                UploadId = Guid.NewGuid().ToString("N"),
                FlightId = request.FlightId!,
                Uploader = signedInUser ?? request.Uploader,
                CreatedUtc = _time.GetUtcNow(),
            };
            _folders.Begin(session);
            _sessions[session.UploadId] = session;
            return (session, true);
        }
    }

    /// <summary>Whether the upload exists and who opened it (set once at creation: no lock needed); null when there is no such upload.</summary>
    public (bool Exists, string? Uploader) Owner(string uploadId) =>
        _sessions.TryGetValue(uploadId, out var session) ? (true, session.Uploader) : (false, null);

    /// <summary>The session as it stands (a copy taken under its lock).</summary>
    public async Task<UploadSession?> GetAsync(string uploadId, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue(uploadId, out var session))
        {
            return null;
        }

        return await WithLockAsync(session, () => Snapshot(session), cancellationToken);
    }

    /// <summary>
    /// Declares one file. Content the store holds already is stored at once (nothing to send); a name already declared
    /// with the same content answers its state again. Refused: a bad name or hash (400), a file over the per-file
    /// limit (413), one more file or byte than the flight may hold (422), a name declared with other content (409).
    /// </summary>
    public async Task<UploadOutcome<UploadFile>> DeclareAsync(string uploadId, DeclareFileRequest request, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue(uploadId, out var session))
        {
            return UploadProblem.NotFound($"no upload {uploadId}");
        }

        var name = UploadNames.Normalize(request.Name, out var nameRefusal);
        if (name is null)
        {
            return UploadProblem.BadRequest($"name: {nameRefusal}");
        }

        var sha = request.Sha256?.ToLowerInvariant();
        if (!ContentHash.IsSha256(sha))
        {
            return UploadProblem.BadRequest("sha256 must be 64 hex digits");
        }

        if (request.SizeBytes is not > 0)
        {
            return UploadProblem.BadRequest("sizeBytes must be a whole number above 0");
        }

        return await WithLockAsync(session, () => Notified(session, Declare(session, name, sha!, request.SizeBytes!.Value)), cancellationToken);
    }

    private UploadOutcome<UploadFile> Notified(UploadSession session, UploadOutcome<UploadFile> outcome)
    {
        if (outcome.Value is { } file)
        {
            _progress.FileChanged(session, file);
        }

        return outcome;
    }

    private UploadOutcome<UploadFile> Declare(UploadSession session, string name, string sha, long size)
    {
        if (session.Closed)
        {
            return UploadProblem.Conflict($"upload {session.UploadId} is closed; open a new one for more files");
        }

        if (session.Files.FirstOrDefault(f => f.Name == name && f.FromZip is null) is { } known)
        {
            if (known.Sha256 == sha && known.SizeBytes == size)
            {
                return WithCommitted(session, known);
            }

            if (known.State != UploadFileState.Refused)
            {
                return UploadProblem.Conflict($"'{name}' is declared already with other content ({known.Sha256}, {known.SizeBytes} bytes)");
            }

            session.Files.Remove(known); // a refused file may be replaced by other content under its name
        }

        var zip = UploadNames.IsZip(name);
        var maxBytes = zip ? _limits.MaxFlightBytes : _limits.MaxFileBytes;
        if (size > maxBytes)
        {
            return UploadProblem.TooLarge($"'{name}': {size} bytes is over the {(zip ? "flight" : "per-file")} limit of {maxBytes} bytes");
        }

        var counted = session.Counted.ToList();
        if (!zip && counted.Count >= _limits.MaxFiles)
        {
            return UploadProblem.Unprocessable($"'{name}': the flight already holds the most files allowed ({_limits.MaxFiles})");
        }

        if (counted.Sum(f => f.SizeBytes) + size > _limits.MaxFlightBytes)
        {
            return UploadProblem.Unprocessable($"'{name}': {size} more bytes would take the flight over its limit of {_limits.MaxFlightBytes} bytes");
        }

        var file = new UploadFile { Name = name, Sha256 = sha, SizeBytes = size, State = UploadFileState.Missing };
        if (session.Files.FirstOrDefault(f => f.Sha256 == sha && f.State != UploadFileState.Refused) is { } same)
        {
            MarkDuplicate(file, same);
        }
        else if (!zip && _store.Has(sha))
        {
            JudgeHeld(session, file);
        }

        session.Files.Add(file);
        if (file.State is not UploadFileState.Missing)
        {
            _folders.Record(session.UploadId, file);
        }

        return WithCommitted(session, file);
    }

    /// <summary>Judges a file whose content the store holds (through a hard link under its name) and marks it stored.</summary>
    private void JudgeHeld(UploadSession session, UploadFile file)
    {
        var judged = _folders.JudgePath(session.UploadId, file.Name);
        try
        {
            _store.Materialize(file.Sha256, judged);
            Settle(file, UploadedFileCheck.Judge(judged, out var refusal), refusal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(judged)!, recursive: true);
        }
    }

    private static void MarkDuplicate(UploadFile file, UploadFile earlier)
    {
        file.State = UploadFileState.Refused;
        file.CommittedBytes = file.SizeBytes;
        file.Quality = UploadedFileCheck.Duplicate;
        file.Problem = $"duplicate of {earlier.Name}, already in the upload";
    }

    private static void Settle(UploadFile file, (CaptureKind Kind, UploadQuality Quality)? verdict, string? refusal)
    {
        file.CommittedBytes = file.SizeBytes;
        if (verdict is { } v)
        {
            file.State = UploadFileState.Stored;
            file.Kind = v.Kind.ToString();
            file.Quality = v.Quality;
        }
        else
        {
            file.State = UploadFileState.Refused;
            file.Problem = refusal;
        }
    }

    private UploadFile WithCommitted(UploadSession session, UploadFile file)
    {
        if (file.State is UploadFileState.Missing or UploadFileState.Partial)
        {
            var part = new FileInfo(_folders.PartPath(session.UploadId, file.Sha256, file.Name));
            file.CommittedBytes = part.Exists ? part.Length : 0;
            file.State = file.CommittedBytes > 0 ? UploadFileState.Partial : UploadFileState.Missing;
        }

        return Copy(file);
    }

    private UploadSession Snapshot(UploadSession session) => new()
    {
        UploadId = session.UploadId,
        FlightId = session.FlightId,
        Uploader = session.Uploader,
        CreatedUtc = session.CreatedUtc,
        Closed = session.Closed,
        Files = session.Files.Select(f => WithCommitted(session, f)).ToList(),
    };

    private static UploadFile Copy(UploadFile f) => new()
    {
        Name = f.Name,
        Sha256 = f.Sha256,
        SizeBytes = f.SizeBytes,
        State = f.State,
        CommittedBytes = f.CommittedBytes,
        Kind = f.Kind,
        Quality = f.Quality,
        Problem = f.Problem,
        FromZip = f.FromZip,
    };

    private Task<T> WithLockAsync<T>(UploadSession session, Func<T> action, CancellationToken cancellationToken) =>
        WithLockAsync(session, () => Task.FromResult(action()), cancellationToken);

    private async Task<T> WithLockAsync<T>(UploadSession session, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(session.UploadId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await action();
        }
        finally
        {
            gate.Release();
        }
    }
}
