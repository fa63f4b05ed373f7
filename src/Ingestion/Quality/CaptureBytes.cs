using System.Buffers;
using System.Security.Cryptography;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Quality;

/// <summary>
/// Reads what an inspection needs of one file into a buffer from <see cref="ArrayPool{T}.Shared"/> (the caller
/// returns it): the whole file when it is hashed or decoded, else for a JPEG only its header segments up to the
/// start of scan (all its metadata, FLIR and DJI thermal segments included; a 4 MB RGB capture has about 60 kB of
/// them), and the whole of any other file. Lengths are the opened file's, not <see cref="FileInfo.Length"/> (a
/// symbolic link's own size), so a link reads as its target. Mapping files instead was slower: a page fault per
/// 4 kB cost more than the copy.
/// </summary>
internal static class CaptureBytes
{
    /// <summary>Bytes read (and hashed) at a time: small enough to stay in a core's L2 cache between the two.</summary>
    private const int ChunkBytes = 256 * 1024;

    /// <summary>
    /// The bytes and, with <paramref name="hash"/>, the SHA-256 of the whole file. Throws <see cref="InvalidDataException"/>
    /// for a folder, an empty file or one over <see cref="ThermalFile.MaxBytes"/>, else <see cref="IOException"/>.
    /// </summary>
    public static (byte[] Buffer, int Length, string? Sha256) Read(string path, bool whole, bool hash)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidDataException($"{path} is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} does not exist.", path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var size = stream.Length;
        if (size == 0 || size > ThermalFile.MaxBytes)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is {(size == 0 ? "empty (0 bytes)" : $"{size} bytes, too large for a capture")}.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, whole || hash ? size : ChunkBytes));
        try
        {
            if (whole || hash)
            {
                var (length, sha) = ReadWhole(stream, buffer, (int)size, hash);
                return (buffer, length, sha);
            }

            var header = new Header(stream, buffer, (int)size);
            header.ReadJpegSegments();
            return (header.Buffer, header.Length, null);
        }
        catch (IOException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static (int Length, string? Sha256) ReadWhole(FileStream stream, byte[] buffer, int size, bool hash)
    {
        using var hasher = hash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        var read = 0;
        int got;
        while (read < size && (got = stream.Read(buffer, read, Math.Min(ChunkBytes, size - read))) > 0)
        {
            hasher?.AppendData(buffer, read, got); // while the chunk is still in the cache
            read += got;
        }

        return (read, hasher is null ? null : Convert.ToHexStringLower(hasher.GetHashAndReset()));
    }

    /// <summary>A file's first bytes, grown on demand as a JPEG's segment chain is walked.</summary>
    private sealed class Header(FileStream stream, byte[] buffer, int size)
    {
        public byte[] Buffer { get; private set; } = buffer;

        public int Length { get; private set; }

        /// <summary>
        /// Reads a JPEG's segments through its start-of-scan marker; anything else (or a broken chain) ends the
        /// walk where it breaks, and the readers then report the damage. A non-JPEG is read whole.
        /// </summary>
        public void ReadJpegSegments()
        {
            if (!Ensure(4) || !JpegSegmentReader.IsJpeg(Buffer.AsSpan(0, Length)))
            {
                Ensure(size);
                return;
            }

            var pos = 2;
            while (Ensure(pos + 4) && Buffer[pos] == 0xFF)
            {
                var marker = Buffer[pos + 1];
                if (marker == 0xFF)
                {
                    pos++;
                    continue;
                }

                var length = (Buffer[pos + 2] << 8) | Buffer[pos + 3];
                if (marker is 0xDA or 0xD9 || length < 2 || pos + 2 + length > CaptureMetadataReader.MaxJpegHeaderBytes)
                {
                    return; // the image data (or damage, which the readers report) starts here
                }

                pos += 2 + length;
            }
        }

        /// <summary>True when the first <paramref name="bytes"/> of the file are in the buffer (reading more if needed).</summary>
        private bool Ensure(int bytes)
        {
            if (bytes <= Length)
            {
                return true;
            }

            var want = Math.Min(size, Math.Max(bytes, Length + ChunkBytes));
            if (want > Buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(want, Math.Min(size, Buffer.Length * 2)));
                Buffer.AsSpan(0, Length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(Buffer);
                Buffer = larger;
            }

            var got = stream.ReadAtLeast(Buffer.AsSpan(Length, want - Length), want - Length, throwOnEndOfStream: false);
            Length += got;
            return bytes <= Length;
        }
    }
}
