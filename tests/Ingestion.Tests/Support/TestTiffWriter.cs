using System.Buffers.Binary;
using System.Text;

namespace DroneInspect.Ingestion.Tests.Support;

/// <summary>Writes minimal uncompressed 16-bit grayscale little-endian TIFFs, optionally with an XMP packet (tag 700).</summary>
public static class TestTiffWriter
{
    public static byte[] Write(int width, int height, ushort[] counts, string? xmp)
    {
        var xmpBytes = xmp is null ? [] : Encoding.UTF8.GetBytes(xmp);
        var entries = new List<(ushort Tag, ushort Type, uint Count, uint Value)>
        {
            (256, 3, 1, (uint)width), (257, 3, 1, (uint)height), (258, 3, 1, 16), (259, 3, 1, 1), (262, 3, 1, 1),
            (273, 4, 1, 0), (277, 3, 1, 1), (278, 3, 1, (uint)height), (279, 4, 1, (uint)(counts.Length * 2)),
        };
        if (xmp is not null)
        {
            entries.Add((700, 1, (uint)xmpBytes.Length, 0));
        }

        var ifdSize = 2 + (entries.Count * 12) + 4;
        var xmpOffset = 8 + ifdSize;
        var pixelOffset = xmpOffset + xmpBytes.Length;
        var file = new byte[pixelOffset + (counts.Length * 2)];
        "II*\0"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(8), (ushort)entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (tag, type, count, value) = entries[i];
            value = tag switch { 273 => (uint)pixelOffset, 700 => (uint)xmpOffset, _ => value };
            var at = file.AsSpan(10 + (i * 12));
            BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
            BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
            if (type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(at[8..], (ushort)value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
            }
        }

        xmpBytes.CopyTo(file, xmpOffset);
        for (var i = 0; i < counts.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(pixelOffset + (i * 2)), counts[i]);
        }

        return file;
    }
}
