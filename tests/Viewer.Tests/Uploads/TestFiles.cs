using System.IO.Compression;
using System.Security.Cryptography;

namespace DroneInspect.Viewer.Tests.Uploads;

/// <summary>Files for upload tests: JPEG-shaped captures of random (incompressible) content, and zips built here.</summary>
public static class TestFiles
{
    /// <summary>A JPEG (start of image, JFIF, start of scan, random scan data, end of image) of exactly <paramref name="sizeBytes"/>.</summary>
    public static byte[] Jpeg(int sizeBytes, int seed)
    {
        byte[] head = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00];
        var bytes = new byte[sizeBytes];
        new Random(seed).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0xFF ? (byte)0xFE : bytes[i];
        }

        head.CopyTo(bytes, 0);
        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        return bytes;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }
}
