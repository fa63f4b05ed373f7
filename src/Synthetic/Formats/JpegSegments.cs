namespace DroneInspect.Synthetic.Formats;

/// <summary>Inserts application segments into an encoded JPEG stream.</summary>
internal static class JpegSegments
{
    /// <summary>Largest payload one marker segment can hold (its 16-bit length counts itself).</summary>
    public const int MaxPayloadBytes = 65533;

    private static readonly byte[] ExifHeader = "Exif\0\0"u8.ToArray();

    /// <summary>
    /// Returns <paramref name="jpeg"/> with the given segments inserted right after the EXIF APP1 segment (or after the
    /// leading APP0/APP1 segments when there is no EXIF).
    /// </summary>
    public static byte[] InsertAfterExif(byte[] jpeg, IEnumerable<(byte Marker, byte[] Payload)> segments)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new ArgumentException("Not a JPEG stream: it does not start with SOI.", nameof(jpeg));
        }

        int insertAt = 2, pos = 2;
        while (pos + 4 <= jpeg.Length && jpeg[pos] == 0xFF)
        {
            byte marker = jpeg[pos + 1];
            if (marker < 0xE0 || marker > 0xEF)
            {
                break;
            }

            int length = (jpeg[pos + 2] << 8) | jpeg[pos + 3];
            int end = pos + 2 + length;
            if (marker <= 0xE1)
            {
                insertAt = end;
            }

            bool isExif = marker == 0xE1 && jpeg.AsSpan(pos + 4).StartsWith(ExifHeader);
            pos = end;
            if (isExif)
            {
                break;
            }
        }

        using var output = new MemoryStream(jpeg.Length + 4096);
        output.Write(jpeg, 0, insertAt);
        foreach (var (marker, payload) in segments)
        {
            if (payload.Length > MaxPayloadBytes)
            {
                throw new ArgumentException($"A JPEG segment holds at most {MaxPayloadBytes} bytes, got {payload.Length}.");
            }

            output.WriteByte(0xFF);
            output.WriteByte(marker);
            int length = payload.Length + 2;
            output.WriteByte((byte)(length >> 8));
            output.WriteByte((byte)length);
            output.Write(payload);
        }

        output.Write(jpeg, insertAt, jpeg.Length - insertAt);
        return output.ToArray();
    }
}
