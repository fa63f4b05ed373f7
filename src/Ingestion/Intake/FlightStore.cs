using System.Buffers;
using System.Security.Cryptography;

namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// Copies uploaded content into a flight folder under the limits: bytes are counted and hashed while they are
/// written to a hidden temporary file, so an archive that decompresses to more than it declared is stopped after
/// the limit, never after the disk is full. Content already in the ledger, or not an image, is dropped.
/// </summary>
internal sealed class FlightStore(IntakeLedger ledger, IntakeLimits limits)
{
    private const int BufferBytes = 81920;
    private readonly List<FlightFile> _added = [];
    private readonly List<IntakeProblem> _problems = [];

    public IReadOnlyList<FlightFile> Added => _added;

    public IReadOnlyList<IntakeProblem> Problems => _problems;

    public IntakeLimits Limits => limits;

    public void Refuse(string source, string reason) => _problems.Add(new IntakeProblem(source, reason));

    /// <summary>Checks what a source declares before anything is read: false (with a problem) when it cannot fit.</summary>
    public bool Admits(string source, long declaredBytes)
    {
        if (ledger.FileCount >= limits.MaxFiles)
        {
            Refuse(source, $"refused: the flight already holds the most files allowed ({limits.MaxFiles})");
            return false;
        }

        if (declaredBytes > limits.MaxFileBytes)
        {
            Refuse(source, $"refused: {declaredBytes} bytes is over the per-file limit of {limits.MaxFileBytes} bytes");
            return false;
        }

        if (ledger.TotalBytes + declaredBytes > limits.MaxFlightBytes)
        {
            Refuse(source, $"refused: {declaredBytes} more bytes would take the flight over its limit of {limits.MaxFlightBytes} bytes");
            return false;
        }

        return true;
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="destination"/> when it is new, fits and is an image.</summary>
    /// <param name="expectedCrc32">The zip entry's recorded CRC-32, checked against the bytes written; null for plain files.</param>
    public void Store(string source, Stream content, string destination, uint? expectedCrc32 = null)
    {
        var temp = Path.Combine(ledger.FlightFolder, $".upload-{Guid.NewGuid():N}.part");
        try
        {
            var (hash, length, crc, overLimit) = CopyCounting(content, temp);
            if (overLimit is not null)
            {
                Refuse(source, overLimit);
                return;
            }

            if (expectedCrc32 is { } expected && crc != expected)
            {
                Refuse(source, $"refused: the {length} bytes extracted do not match the entry's CRC-32 (damaged, or holding more than it declares as a zip bomb does)");
                return;
            }

            var (kind, reason) = Verdict(temp, destination, hash, length);
            if (kind is null)
            {
                Refuse(source, reason!);
                return;
            }

            if (LeadsOutsideTheFolder(Path.GetDirectoryName(destination)!))
            {
                Refuse(source, "refused: the entry's folder leads outside the flight folder through a symbolic link");
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(temp, destination);
            var relative = Path.GetRelativePath(ledger.FlightFolder, destination).Replace('\\', '/');
            ledger.Add(hash, length, relative);
            _added.Add(new FlightFile(destination, hash, length, kind.Value));
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// True when the folder a file would be written to, or the nearest of its parents that exists, really lies
    /// outside the flight folder (a symbolic link on the way, left there by anyone): writing would leave the folder.
    /// </summary>
    private bool LeadsOutsideTheFolder(string folder)
    {
        var existing = folder;
        while (!Directory.Exists(existing) && !File.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }

        var root = FlightFolderWalk.RealPath(ledger.FlightFolder);
        var real = FlightFolderWalk.RealPath(existing);
        return root is null || real is null || !FlightFolderWalk.IsInside(real, root);
    }

    private (string Hash, long Length, uint Crc32, string? OverLimit) CopyCounting(Stream content, string temp)
    {
        var crc = new Crc32();
        var budget = Math.Min(limits.MaxFileBytes, limits.MaxFlightBytes - ledger.TotalBytes);
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
            long length = 0;
            int read;
            while ((read = content.Read(buffer, 0, BufferBytes)) > 0)
            {
                length += read;
                if (length > budget)
                {
                    return ("", length, 0, $"refused: decompresses to more than {budget} bytes, over the limit (a zip bomb or an oversized file); stopped after {length} bytes");
                }

                hasher.AppendData(buffer, 0, read);
                crc.Append(buffer.AsSpan(0, read));
                output.Write(buffer, 0, read);
            }

            return (Convert.ToHexStringLower(hasher.GetHashAndReset()), length, crc.Value, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private (CaptureKind? Kind, string? Reason) Verdict(string temp, string destination, string hash, long length)
    {
        if (length == 0)
        {
            return (null, "empty file (0 bytes)");
        }

        var (kind, notImage) = FlightIntake.DetectKind(temp, Path.GetFileName(destination));
        if (kind is null)
        {
            return (null, notImage);
        }

        if (ledger.TryFind(hash, out var existing))
        {
            return (null, $"duplicate of {existing}, already in the flight");
        }

        return File.Exists(destination) || Directory.Exists(destination)
            ? (null, $"refused: a different file named {Path.GetRelativePath(ledger.FlightFolder, destination)} is already in the flight")
            : (kind, null);
    }
}
