using System.Buffers.Binary;
using System.Text;

namespace DroneInspect.Ingestion.Tests.Support;

/// <summary>Writes a minimal JPEG whose only metadata is EXIF DateTimeOriginal with its OffsetTimeOriginal.</summary>
public static class TestExifJpeg
{
    private const int ExifIfdOffset = 26; // after the 8-byte TIFF header and a one-entry IFD0 (2 + 12 + 4)
    private const int DataOffset = ExifIfdOffset + 2 + (2 * 12) + 4;

    /// <param name="localTime">"yyyy:MM:dd HH:mm:ss" as cameras write it.</param>
    /// <param name="offset">"+02:00" style.</param>
    public static byte[] Create(string localTime, string offset)
    {
        var tiff = new byte[DataOffset + 20 + 7];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 1);
        Entry(tiff, 10, 0x8769, type: 4, count: 1, value: ExifIfdOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ExifIfdOffset), 2);
        Entry(tiff, ExifIfdOffset + 2, 0x9003, type: 2, count: 20, value: DataOffset);
        Entry(tiff, ExifIfdOffset + 14, 0x9011, type: 2, count: 7, value: DataOffset + 20);
        Encoding.ASCII.GetBytes(localTime).CopyTo(tiff, DataOffset);
        Encoding.ASCII.GetBytes(offset).CopyTo(tiff, DataOffset + 20);

        var payloadLength = 6 + tiff.Length;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)((payloadLength + 2) >> 8), (byte)(payloadLength + 2), .. "Exif\0\0"u8, .. tiff, 0xFF, 0xD9, 0, 0];
    }

    private static void Entry(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), count);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), value);
    }
}
