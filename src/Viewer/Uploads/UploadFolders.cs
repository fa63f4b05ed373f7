using System.Text.Json;
using System.Text.Json.Serialization;

namespace DroneInspect.Viewer.Uploads;

/// <summary>
/// Where uploads live under the data folder: <c>uploads/{id}/journal.jsonl</c> (appended, one line per settled file,
/// so a flight of 20,000 files costs 20,000 short lines, not a rewrite per file) and partial files at
/// <c>uploads/{id}/parts/{sha256}/{file name}</c> (the committed offset of a file is its part's length, so it survives
/// a restart), the store at <c>store/</c>, flight folders at <c>flights/{flight id}</c> and outputs at <c>output/{flight id}</c>.
/// </summary>
public sealed class UploadFolders(string dataFolder)
{
    private const string JournalFileName = "journal.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string DataFolder { get; } = Path.GetFullPath(dataFolder);

    public string Uploads => Path.Combine(DataFolder, "uploads");

    public string Store => Path.Combine(DataFolder, "store");

    public string FlightFolder(string flightId) => Path.Combine(DataFolder, "flights", flightId);

    public string OutputFolder(string flightId) => Path.Combine(DataFolder, "output", flightId);

    public string SessionFolder(string uploadId) => Path.Combine(Uploads, uploadId);

    /// <summary>The partial file of one content, under the file's own name (so its kind can be judged by name too).</summary>
    public string PartPath(string uploadId, string sha256, string name) =>
        Path.Combine(SessionFolder(uploadId), "parts", sha256, Path.GetFileName(name));

    /// <summary>A fresh path under the file's own name, for judging content the store holds.</summary>
    public string JudgePath(string uploadId, string name) =>
        Path.Combine(SessionFolder(uploadId), "judge", Guid.NewGuid().ToString("N"), Path.GetFileName(name));

    public string ZipTempFolder(string uploadId, string sha256) => Path.Combine(SessionFolder(uploadId), "unzip", sha256);

    /// <summary>Starts the session's journal with its header (who, which flight, when).</summary>
    public void Begin(UploadSession session) =>
        Append(session.UploadId, new JournalLine(session.UploadId, session.FlightId, session.Uploader, session.CreatedUtc, null, false));

    /// <summary>Notes a file that settled (stored, refused or unpacked); a later line for the same name wins.</summary>
    public void Record(string uploadId, UploadFile file) => Append(uploadId, new JournalLine(null, null, null, null, file, false));

    public void RecordClosed(string uploadId) => Append(uploadId, new JournalLine(null, null, null, null, null, true));

    /// <summary>
    /// Every session kept on disk, replayed from its journal. A line that does not read (the last one, cut off by a
    /// crash) is skipped and named in <paramref name="damaged"/>; files still on their way are not in the journal: their
    /// client declares them again and the part files on disk give their offsets.
    /// </summary>
    public IReadOnlyList<UploadSession> LoadAll(List<string> damaged)
    {
        var sessions = new List<UploadSession>();
        if (!Directory.Exists(Uploads))
        {
            return sessions;
        }

        foreach (var path in Directory.EnumerateFiles(Uploads, JournalFileName, SearchOption.AllDirectories))
        {
            if (Replay(path, damaged) is { } session)
            {
                sessions.Add(session);
            }
        }

        return sessions;
    }

    private static UploadSession? Replay(string path, List<string> damaged)
    {
        UploadSession? session = null;
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            JournalLine? line;
            try
            {
                line = JsonSerializer.Deserialize<JournalLine>(text, Json);
            }
            catch (JsonException e)
            {
                damaged.Add($"{path} line {number}: {e.Message}");
                continue;
            }

            if (line is { UploadId: { } id, FlightId: { } flight })
            {
                session = new UploadSession { UploadId = id, FlightId = flight, Uploader = line.Uploader, CreatedUtc = line.CreatedUtc ?? default };
            }
            else if (session is not null && line?.File is { } file)
            {
                session.Files.RemoveAll(f => f.Name == file.Name && f.FromZip == file.FromZip);
                session.Files.Add(file);
            }
            else if (session is not null && line?.Closed == true)
            {
                session.Closed = true;
            }
        }

        return session;
    }

    private void Append(string uploadId, JournalLine line)
    {
        var folder = SessionFolder(uploadId);
        Directory.CreateDirectory(folder);
        using var journal = new FileStream(Path.Combine(folder, JournalFileName), FileMode.Append, FileAccess.Write, FileShare.Read);
        journal.Write(JsonSerializer.SerializeToUtf8Bytes(line, Json));
        journal.WriteByte((byte)'\n');
    }

    /// <summary>One line of a session's journal: its header, a settled file, or its closing.</summary>
    private sealed record JournalLine(string? UploadId, string? FlightId, string? Uploader, DateTimeOffset? CreatedUtc, UploadFile? File, bool Closed);
}
