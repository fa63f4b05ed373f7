using System.Text.Json;

namespace DroneInspect.Viewer.Live;

/// <summary>
/// One server-sent event: its SSE event name, the flight it is about and that flight's (or upload's) owner, which
/// decides which pilots receive it, and its data as one line of JSON.
/// </summary>
/// <param name="Name">"flight", "findings" or "upload" (<see cref="LiveEventNames"/>).</param>
/// <param name="Owner">The user who owns the flight or opened the upload; null when none (only non-pilot roles see it).</param>
public sealed record LiveEvent(string Name, string FlightId, string? Owner, string DataJson)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LiveEvent Flight(FlightEventData data, string? owner) => new(LiveEventNames.Flight, data.FlightId, owner, Serialize(data));

    public static LiveEvent Findings(FindingsEventData data, string? owner) => new(LiveEventNames.Findings, data.FlightId, owner, Serialize(data));

    public static LiveEvent Upload(UploadEventData data, string? owner) => new(LiveEventNames.Upload, data.FlightId, owner, Serialize(data));

    /// <summary>Compact JSON: control characters in strings are escaped, so the data never spans SSE lines.</summary>
    private static string Serialize<T>(T data) => JsonSerializer.Serialize(data, Json);
}

/// <summary>The event names of GET /api/events; live.js re-dispatches each as "droneinspect:NAME".</summary>
public static class LiveEventNames
{
    public const string Flight = "flight";

    public const string Findings = "findings";

    public const string Upload = "upload";
}

/// <summary>A flight's analysis progressed: its state and how many of its captures are done.</summary>
public sealed record FlightEventData(string FlightId, string State, int CapturesDone, int CapturesTotal);

/// <summary>A flight's number of findings changed; <paramref name="Count"/> is the new total, not the difference.</summary>
public sealed record FindingsEventData(string FlightId, int Count);

/// <summary>
/// One file of an upload moved: <paramref name="Received"/> of <paramref name="Total"/> bytes are held, and once the
/// file is settled <paramref name="Verdict"/> is the quality gate's ("accepted", "rejected"), or "refused" (not part of
/// the flight: <paramref name="Problem"/> says why) or "unpacked" (a zip whose files follow as events of their own);
/// null while bytes are still on their way.
/// </summary>
public sealed record UploadEventData(
    string UploadId, string FlightId, string FileName, string? Verdict, long Received, long Total, string State, string? Problem);
