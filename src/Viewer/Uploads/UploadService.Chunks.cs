using System.Buffers;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Store;
using DroneInspect.Viewer.Problems;
using Microsoft.AspNetCore.Http;

namespace DroneInspect.Viewer.Uploads;

/// <summary>Chunks: bytes appended at the committed offset; a file that completes is verified, judged and stored.</summary>
public sealed partial class UploadService
{
    private const int CopyBufferBytes = 1024 * 1024;

    /// <summary>
    /// Appends <paramref name="body"/> to the file with this content hash at <paramref name="offset"/>, which must be
    /// where the server's copy ends (else 409 with the committed offset). Bytes received before a client drops are
    /// kept: they are the offset to resume from. Past the declared size: 413, the chunk dropped. A file that completes
    /// with another SHA-256 than declared: 422, its bytes dropped (send it again); one that is no image: 422, refused.
    /// </summary>
    public async Task<UploadOutcome<UploadFile>> AppendAsync(string uploadId, string sha256, long offset, Stream body, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue(uploadId, out var session))
        {
            return UploadProblem.NotFound($"no upload {uploadId}");
        }

        return await WithLockAsync<UploadOutcome<UploadFile>>(session, async () =>
        {
            var file = session.Files.FirstOrDefault(f => f.Sha256 == sha256 && f.FromZip is null && f.State is not UploadFileState.Refused)
                ?? session.Files.FirstOrDefault(f => f.Sha256 == sha256 && f.FromZip is null);
            if (file is null)
            {
                return UploadProblem.NotFound($"no file {sha256} is declared in upload {uploadId}; declare it first");
            }

            if (session.Closed)
            {
                return UploadProblem.Conflict($"upload {uploadId} is closed");
            }

            if (file.State is not (UploadFileState.Missing or UploadFileState.Partial))
            {
                return Copy(file); // done already (stored, unpacked or refused): nothing more to send
            }

            var part = _folders.PartPath(uploadId, sha256, file.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(part)!);
            var written = await WriteAtAsync(part, offset, file.SizeBytes, body, cancellationToken);
            if (written.Problem is not null)
            {
                return written.Problem;
            }

            file.CommittedBytes = written.Value;
            file.State = UploadFileState.Partial;
            var outcome = file.CommittedBytes == file.SizeBytes ? Complete(session, file, part) : Copy(file);
            _progress.FileChanged(session, Copy(file)); // progress, or the verdict (a refusal too, though the answer is a problem)
            return outcome;
        }, cancellationToken);
    }

    /// <summary>
    /// Appends the body at <paramref name="offset"/> in writes of a whole buffer (1 MiB): Kestrel hands the body over a
    /// few kilobytes at a time, and a write per piece cost a system call and a thread-pool hop each (45,000 writes
    /// for 600 MB in the upload bench, against about 600 now).
    /// </summary>
    private static async Task<UploadOutcome<long>> WriteAtAsync(string part, long offset, long sizeBytes, Stream body, CancellationToken cancellationToken)
    {
        await using var output = new FileStream(part, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        if (offset != output.Length)
        {
            return new UploadProblem(409, "Conflict", $"the chunk starts at {offset} but the server holds {output.Length} bytes of this file; send from {output.Length}", output.Length);
        }

        output.Position = offset;
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferBytes);
        try
        {
            while (true)
            {
                var (filled, ended, broken) = await FillAsync(body, buffer, cancellationToken);
                if (broken is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
                {
                    // Over the chunk limit (Kestrel stops reading there): what arrived is dropped, as past the size.
                    output.SetLength(offset);
                    return UploadProblem.TooLarge($"the chunk is over the server's limit of {RequestBodyLimits.UploadChunkBytes} bytes a chunk; it was dropped, send smaller chunks");
                }

                if (output.Position + filled > sizeBytes)
                {
                    output.SetLength(offset);
                    return UploadProblem.TooLarge($"the chunk runs past the file's declared size of {sizeBytes} bytes; it was dropped");
                }

                // A client that went away mid-chunk: the bytes that arrived are kept, and the committed offset, where a
                // resumed upload goes on, is where they end.
                await output.WriteAsync(buffer.AsMemory(0, filled), CancellationToken.None);
                if (ended || broken is not null)
                {
                    return output.Position;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> is full (to <see cref="CopyBufferBytes"/>), the body ends, or it breaks off.</summary>
    private static async Task<(int Filled, bool Ended, Exception? Broken)> FillAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        try
        {
            while (filled < CopyBufferBytes)
            {
                var read = await body.ReadAsync(buffer.AsMemory(filled, CopyBufferBytes - filled), cancellationToken);
                if (read == 0)
                {
                    return (filled, true, null);
                }

                filled += read;
            }

            return (filled, false, null);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            return (filled, true, e);
        }
    }

    private UploadOutcome<UploadFile> Complete(UploadSession session, UploadFile file, string part)
    {
        var journaled = session.Files.Where(f => f.FromZip is not null).ToHashSet(); // entries of earlier zips: noted already
        try
        {
            return UploadNames.IsZip(file.Name) ? Unzip(session, file, part) : StoreOne(session, file, part);
        }
        finally
        {
            if (Directory.Exists(Path.GetDirectoryName(part)))
            {
                Directory.Delete(Path.GetDirectoryName(part)!, recursive: true);
            }

            foreach (var settled in session.Files.Where(f => f == file || (f.FromZip == file.Name && !journaled.Contains(f))))
            {
                if (settled.State is not (UploadFileState.Missing or UploadFileState.Partial))
                {
                    _folders.Record(session.UploadId, settled);
                }

                if (settled != file)
                {
                    _progress.FileChanged(session, Copy(settled)); // a zip's entry, judged as it came out
                }
            }
        }
    }

    private UploadOutcome<UploadFile> StoreOne(UploadSession session, UploadFile file, string part)
    {
        var verdict = UploadedFileCheck.Judge(part, out var refusal);
        if (verdict is null)
        {
            Settle(file, null, refusal);
            return UploadProblem.Unprocessable($"'{file.Name}': {refusal}; nothing was stored");
        }

        var put = _store.Put(file.Sha256, part);
        if (put.Outcome == StorePutOutcome.HashMismatch)
        {
            return Mismatch(file, put.ActualSha256);
        }

        Settle(file, verdict, null);
        return Copy(file);
    }

    private static UploadProblem Mismatch(UploadFile file, string actual)
    {
        file.State = UploadFileState.Missing;
        file.CommittedBytes = 0;
        return UploadProblem.Unprocessable(
            $"'{file.Name}': the {file.SizeBytes} bytes received hash to SHA-256 {actual}, not the declared {file.Sha256}; they were dropped and nothing was stored, send the file again");
    }

    private UploadOutcome<UploadFile> Unzip(UploadSession session, UploadFile zip, string part)
    {
        var actual = ContentHash.OfFile(part);
        if (actual != zip.Sha256)
        {
            return Mismatch(zip, actual);
        }

        var held = session.Counted.Where(f => f != zip).ToList();
        var temp = _folders.ZipTempFolder(session.UploadId, zip.Sha256);
        try
        {
            var unpacked = ZipUnpacker.Unpack(part, temp, _limits, held.Count, held.Sum(f => f.SizeBytes));
            if (unpacked.Refusal is { } reason)
            {
                Settle(zip, null, reason);
                var detail = $"'{zip.Name}' refused whole, nothing from it was stored: {reason}";
                return unpacked.OverSize ? UploadProblem.TooLarge(detail) : UploadProblem.Unprocessable(detail);
            }

            foreach (var entry in unpacked.Entries)
            {
                session.Files.Add(StoreEntry(session, zip.Name, entry));
            }

            session.Files.AddRange(unpacked.Skipped.Select(s => new UploadFile
            {
                Name = s.Path, Sha256 = "", SizeBytes = 0, State = UploadFileState.Refused, Problem = s.Reason, FromZip = zip.Name,
            }));
            zip.State = UploadFileState.Unpacked;
            zip.CommittedBytes = zip.SizeBytes;
            return Copy(zip);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private UploadFile StoreEntry(UploadSession session, string zipName, UnpackedEntry entry)
    {
        var file = new UploadFile { Name = entry.Name, Sha256 = entry.Sha256, SizeBytes = entry.SizeBytes, FromZip = zipName };
        if (UploadNames.Normalize(entry.Name, out var nameRefusal) is null)
        {
            Settle(file, null, $"refused: {nameRefusal}");
            return file;
        }

        if (session.Files.FirstOrDefault(f => f.Name == entry.Name && f.State != UploadFileState.Refused) is { } clash)
        {
            Settle(file, null, $"refused: a file named {clash.Name} is already in the upload{(clash.Sha256 == entry.Sha256 ? " with the same content" : "")}");
            return file;
        }

        if (session.Files.FirstOrDefault(f => f.Sha256 == entry.Sha256 && f.State != UploadFileState.Refused) is { } same)
        {
            MarkDuplicate(file, same);
            return file;
        }

        var named = Path.Combine(Path.GetDirectoryName(entry.TempPath)!, Path.GetFileNameWithoutExtension(entry.TempPath), Path.GetFileName(entry.Name));
        Directory.CreateDirectory(Path.GetDirectoryName(named)!);
        File.Move(entry.TempPath, named);
        var verdict = UploadedFileCheck.Judge(named, out var refusal);
        if (verdict is not null)
        {
            _store.Put(entry.Sha256, named); // hashed while extracted: the same bytes
        }

        Settle(file, verdict, refusal);
        return file;
    }
}
