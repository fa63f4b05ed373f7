using System.Text.Json;
using System.Text.Json.Serialization;

namespace DroneInspect.Viewer.Uploads;

/// <summary>
/// Where uploads live under the data folder: <c>uploads/{id}/session.json</c> and partial files at
/// <c>uploads/{id}/parts/{sha256}/{file name}</c> (the committed offset of a file is its part's length, so it survives
/// a restart), the store at <c>store/</c>, flight folders at <c>flights/{flight id}</c> and outputs at <c>output/{flight id}</c>.
/// </summary>
public sealed class UploadFolders(string dataFolder)
{
    private const string SessionFileName = "session.json";

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

    /// <summary>Writes the session (temporary file, then rename: never half a session).</summary>
    public void Save(UploadSession session)
    {
        var folder = SessionFolder(session.UploadId);
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, SessionFileName + ".tmp");
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(session, Json));
        File.Move(temp, Path.Combine(folder, SessionFileName), overwrite: true);
    }

    /// <summary>Every session kept on disk (a damaged session file is skipped and named in <paramref name="damaged"/>).</summary>
    public IReadOnlyList<UploadSession> LoadAll(List<string> damaged)
    {
        var sessions = new List<UploadSession>();
        if (!Directory.Exists(Uploads))
        {
            return sessions;
        }

        foreach (var file in Directory.EnumerateFiles(Uploads, SessionFileName, SearchOption.AllDirectories))
        {
            try
            {
                if (JsonSerializer.Deserialize<UploadSession>(File.ReadAllBytes(file), Json) is { } session)
                {
                    sessions.Add(session);
                }
            }
            catch (JsonException e)
            {
                damaged.Add($"{file}: {e.Message}");
            }
        }

        return sessions;
    }

    public static JsonSerializerOptions SessionJson => Json;
}
