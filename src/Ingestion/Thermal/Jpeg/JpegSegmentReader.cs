namespace DroneInspect.Ingestion.Thermal.Jpeg;

/// <summary>
/// Walks the marker segments of a JPEG header (up to start-of-scan) without decoding the image. Every length is
/// checked against the bytes at hand, so a damaged file gives a plain error instead of an out-of-range read.
/// </summary>
public static class JpegSegmentReader
{
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;
    private const int MaxSegments = 4096;

    /// <summary>True when the bytes begin with a JPEG start-of-image marker.</summary>
    public static bool IsJpeg(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;

    /// <summary>
    /// The segments before the compressed image data. With <paramref name="tolerateTruncation"/> a segment cut off
    /// by the end of <paramref name="bytes"/> ends the list (for sniffing a file's first kilobytes); otherwise it throws
    /// <see cref="ThermalFormatException"/>.
    /// </summary>
    public static IReadOnlyList<JpegSegment> Read(ReadOnlySpan<byte> bytes, bool tolerateTruncation = false)
    {
        if (!IsJpeg(bytes))
        {
            throw new ThermalFormatException("The file is not a JPEG (no start-of-image marker).");
        }

        var segments = new List<JpegSegment>();
        var pos = 2;
        while (segments.Count < MaxSegments)
        {
            if (pos + 4 > bytes.Length)
            {
                return Truncated(segments, tolerateTruncation, pos);
            }

            if (bytes[pos] != 0xFF)
            {
                throw new ThermalFormatException($"JPEG structure is damaged: expected a marker at byte {pos}.");
            }

            var marker = bytes[pos + 1];
            if (marker == 0xFF)
            {
                pos++; // fill byte
                continue;
            }

            if (marker == StartOfScan || marker == EndOfImage)
            {
                return segments;
            }

            var length = (bytes[pos + 2] << 8) | bytes[pos + 3];
            if (length < 2)
            {
                throw new ThermalFormatException($"JPEG segment at byte {pos} declares an impossible length {length}.");
            }

            if (pos + 2 + length > bytes.Length)
            {
                return Truncated(segments, tolerateTruncation, pos);
            }

            segments.Add(new JpegSegment(marker, pos + 4, length - 2));
            pos += 2 + length;
        }

        throw new ThermalFormatException($"JPEG header has more than {MaxSegments} segments; the file is damaged.");
    }

    private static List<JpegSegment> Truncated(List<JpegSegment> segments, bool tolerate, int pos) => tolerate
        ? segments
        : throw new ThermalFormatException($"The JPEG is truncated: its header segment at byte {pos} runs past the end of the file.");
}
