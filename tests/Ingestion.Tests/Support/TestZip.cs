using System.Buffers.Binary;
using System.IO.Compression;

namespace DroneInspect.Ingestion.Tests.Support;

/// <summary>Builds zip uploads for intake tests, including hostile ones.</summary>
public static class TestZip
{
    /// <summary>A tiny valid JPEG header; <paramref name="tag"/> makes its content (and hash) unique.</summary>
    public static byte[] Jpeg(byte tag) => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x06, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0xFF, 0xD9, tag];

    /// <summary>Writes a zip with the given entries (name, content, unix mode bits or 0).</summary>
    public static string Write(string path, params (string Name, byte[] Content, int UnixMode)[] entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content, mode) in entries)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
            if (mode != 0)
            {
                entry.ExternalAttributes = mode << 16;
            }

            using var stream = entry.Open();
            stream.Write(content);
        }

        return path;
    }

    /// <summary>
    /// Appends to a zip written by <see cref="Write"/> an entry of <paramref name="zeroBytes"/> zeros, streamed,
    /// whose headers then declare only <paramref name="declaredBytes"/>: a zip bomb that lies about its size.
    /// </summary>
    public static string WriteBomb(string path, string name, long zeroBytes, uint declaredBytes)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            using var stream = entry.Open();
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written < zeroBytes; written += chunk.Length)
            {
                stream.Write(chunk, 0, (int)Math.Min(chunk.Length, zeroBytes - written));
            }
        }

        var bytes = File.ReadAllBytes(path);
        var eocd = bytes.Length - 22;
        Expect(bytes, eocd, 0x06054b50);
        var central = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(eocd + 16));
        Expect(bytes, central, 0x02014b50);
        var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(central + 42));
        Expect(bytes, local, 0x04034b50);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), declaredBytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), declaredBytes);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void Expect(byte[] bytes, int at, uint signature)
    {
        if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) != signature)
        {
            throw new InvalidOperationException($"Zip structure not as expected at byte {at}.");
        }
    }
}
