using System.Buffers.Binary;
using System.IO.Compression;

namespace DroneInspect.Viewer.Tests.BadInput;

/// <summary>Zips that lie, built in memory: real deflated content whose local and central headers declare another size.</summary>
internal static class HostileZips
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint EndOfCentralDirectory = 0x06054b50;

    /// <summary>One entry of <paramref name="zeroBytes"/> zeros whose headers declare <paramref name="declaredBytes"/> uncompressed.</summary>
    public static byte[] Lying(string name, int zeroBytes, uint declaredBytes)
    {
        var bytes = Deflated((name, new byte[zeroBytes]));
        var end = bytes.Length - 22;
        Require(bytes, end, EndOfCentralDirectory);
        var central = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16));
        Require(bytes, central, CentralHeader);
        var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(central + 42));
        Require(bytes, local, LocalHeader);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), declaredBytes); // uncompressed size
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), declaredBytes);
        return bytes;
    }

    private static byte[] Deflated((string Name, byte[] Content) entry)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(entry.Name, CompressionLevel.SmallestSize).Open();
            stream.Write(entry.Content);
        }

        return memory.ToArray();
    }

    private static void Require(byte[] bytes, int at, uint signature)
    {
        if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) != signature)
        {
            throw new InvalidOperationException($"No zip record {signature:x8} at byte {at}: the writer's layout changed.");
        }
    }
}
