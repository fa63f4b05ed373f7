using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Viewer.Evidence;

/// <summary>
/// Finds a sighting's evidence on disk: flight -> finding -> the sighting of one capture -> its evidence folder under
/// <c>{data folder}/evidence</c> (<see cref="EvidenceFiles"/>), and reads its evidence.json. Every way it can be absent
/// has its own reason.
/// </summary>
public sealed class EvidenceReader(IFlightQueries flights, EvidenceRoot root)
{
    /// <summary>The sighting's evidence folder and metadata, or why there is none.</summary>
    public async Task<(SightingEvidence? Evidence, string? Why)> FindAsync(
        string flightId, string findingId, string captureId, CancellationToken cancellationToken)
    {
        var findings = await flights.FindFindingsAsync(flightId, cancellationToken);
        if (findings is null)
        {
            return (null, $"There is no flight '{flightId}'.");
        }

        var finding = findings.FirstOrDefault(f => f.Id == findingId);
        if (finding is null)
        {
            return (null, $"Flight '{flightId}' has no finding '{findingId}'.");
        }

        var sighting = finding.Evidence.FirstOrDefault(e => e.CaptureId == captureId);
        if (sighting is null)
        {
            return (null, $"Finding '{findingId}' has no sighting from capture '{captureId}'.");
        }

        if (sighting.EvidenceId is null || EvidenceFiles.FolderOf(root.Folder, sighting.EvidenceId) is not { } folder)
        {
            return (null, $"No evidence was kept for the sighting from capture '{captureId}' (analysed before evidence was kept, or it could not be written: the capture's notes say why).");
        }

        var metadataPath = Path.Combine(folder, EvidenceFiles.MetadataName);
        if (!File.Exists(metadataPath))
        {
            return (null, $"The evidence of the sighting from capture '{captureId}' is no longer in the data folder ({sighting.EvidenceId}).");
        }

        var bytes = await File.ReadAllBytesAsync(metadataPath, cancellationToken);
        JsonObject metadata;
        try
        {
            metadata = JsonNode.Parse(bytes)?.AsObject() ?? throw new JsonException("empty document");
        }
        catch (JsonException ex)
        {
            return (null, $"The evidence metadata of the sighting from capture '{captureId}' cannot be read: {ex.Message}");
        }

        return (new SightingEvidence(folder, metadata, Convert.ToHexStringLower(SHA256.HashData(bytes))), null);
    }
}

/// <summary>The evidence data folder: <c>{data folder}/evidence</c>.</summary>
public sealed record EvidenceRoot(string Folder);

/// <summary>One sighting's evidence folder, its parsed evidence.json and that file's SHA-256.</summary>
public sealed record SightingEvidence(string Folder, JsonObject Metadata, string MetadataSha256)
{
    /// <summary>The file entry at <paramref name="section"/>.<paramref name="entry"/> ("thermal"."image", "thermal"."tile", "rgb"."image") and its path, or why it is absent.</summary>
    public (EvidenceFile? File, string? Why) File(string section, string entry)
    {
        var part = Metadata[section] as JsonObject;
        if (part?[entry] is JsonObject file && file["file"]?.GetValue<string>() is { } name && file["sha256"]?.GetValue<string>() is { } sha
            && file["contentType"]?.GetValue<string>() is { } type && EvidenceFiles.IsFileName(name))
        {
            var path = Path.Combine(Folder, name);
            return System.IO.File.Exists(path) ? (new EvidenceFile(path, type, sha), null) : (null, $"The evidence file {name} is no longer in the data folder.");
        }

        var note = part?["note"]?.GetValue<string>();
        return (null, $"This sighting has no {section} {entry} evidence" + (note is null ? "." : $": {note}."));
    }
}

/// <summary>An evidence file on disk, its content type and SHA-256 (lower-case hex).</summary>
public sealed record EvidenceFile(string Path, string ContentType, string Sha256);
