using System.Net;

namespace DroneInspect.Cli.Uploading;

/// <summary>What one run of `upload` did: bytes it sent, bytes the server had already, files it refused, and the close.</summary>
public sealed record UploadSummary(long SentBytes, long AlreadyHeldBytes, IReadOnlyList<(string Name, string Reason)> Refused, RemoteClose? Close, string? CloseProblem);

/// <summary>
/// Uploads files through <see cref="UploadClient"/>: opens (or resumes) the flight's upload, declares every file, sends
/// only the bytes the server does not have (from each file's committed offset), then closes. A file the server
/// refuses is reported and the others go on. Stopping at any point and running again sends only what is missing.
/// </summary>
public sealed class UploadRun(UploadClient client, int chunkBytes = UploadRun.DefaultChunkBytes)
{
    public const int DefaultChunkBytes = 8 * 1024 * 1024;

    /// <summary>Called after each chunk the server took, with (bytes dealt with so far, bytes to send, files done, files).</summary>
    public Action<long, long, int, int>? OnProgress { get; init; }

    public async Task<UploadSummary> RunAsync(string flightId, IReadOnlyList<LocalFile> files, CancellationToken cancellationToken)
    {
        var session = await client.OpenAsync(flightId, cancellationToken);
        var refused = new List<(string, string)>();
        var toSend = new List<(LocalFile File, long Offset)>();
        long held = 0;
        foreach (var file in files)
        {
            try
            {
                var remote = await client.DeclareAsync(session.UploadId, file.Name, file.Sha256, file.SizeBytes, cancellationToken);
                if (remote.State is "Missing" or "Partial")
                {
                    toSend.Add((file, remote.CommittedBytes));
                }

                held += remote.State is "Partial" or "Stored" ? remote.CommittedBytes : 0; // a duplicate is not sent, nor held twice
            }
            catch (UploadRefusedException e) when (IsFileRefusal(e.Status))
            {
                refused.Add((file.Name, e.Message));
            }
        }

        var total = toSend.Sum(f => f.File.SizeBytes - f.Offset);
        long sent = 0;
        long passed = 0; // bytes of the files dealt with, sent or refused: what the progress bar counts
        var done = files.Count - toSend.Count - refused.Count;
        OnProgress?.Invoke(0, total, done, files.Count);
        var buffer = new byte[chunkBytes];
        foreach (var (file, offset) in toSend)
        {
            try
            {
                sent += await SendFileAsync(session.UploadId, file, offset, buffer, total, () => passed, done, files.Count, cancellationToken);
            }
            catch (UploadRefusedException e) when (IsFileRefusal(e.Status))
            {
                refused.Add((file.Name, e.Message));
            }

            done++;
            passed += file.SizeBytes - offset;
            OnProgress?.Invoke(passed, total, done, files.Count);
        }

        try
        {
            return new UploadSummary(sent, held, refused, await client.CloseAsync(session.UploadId, cancellationToken), null);
        }
        catch (UploadRefusedException e)
        {
            return new UploadSummary(sent, held, refused, null, e.Message);
        }
    }

    /// <summary>Sends a file from <paramref name="offset"/>; a 409 moves to the server's committed offset. Returns the bytes sent.</summary>
    private async Task<long> SendFileAsync(string uploadId, LocalFile file, long offset, byte[] buffer, long total, Func<long> sentBefore, int done, int count, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        long sent = 0;
        while (offset < file.SizeBytes)
        {
            stream.Position = offset;
            var length = (int)Math.Min(buffer.Length, file.SizeBytes - offset);
            await stream.ReadExactlyAsync(buffer.AsMemory(0, length), cancellationToken);
            try
            {
                var remote = await client.SendChunkAsync(uploadId, file.Sha256, offset, buffer.AsMemory(0, length), cancellationToken);
                sent += remote.CommittedBytes - offset;
                offset = remote.State is "Missing" or "Partial" ? remote.CommittedBytes : file.SizeBytes;
            }
            catch (UploadRefusedException e) when (e.Status == HttpStatusCode.Conflict && e.CommittedBytes is { } committed)
            {
                offset = committed; // the server holds another amount (an earlier run's chunk arrived after all): go on from there
            }

            OnProgress?.Invoke(sentBefore() + sent, total, done, count);
        }

        return sent;
    }

    /// <summary>Refusals of one file (too large, refused, bad name); anything else stops the run.</summary>
    private static bool IsFileRefusal(HttpStatusCode status) =>
        status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict;
}
