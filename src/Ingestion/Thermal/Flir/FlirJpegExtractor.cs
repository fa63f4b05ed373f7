using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// Joins the APP1 segments tagged "FLIR\0" of a radiometric JPEG into one FFF record. Each segment's 8-byte header
/// carries its index and the index of the last segment, so a missing or repeated piece is detected.
/// </summary>
public static class FlirJpegExtractor
{
    private const int SegmentHeaderSize = 8;

    /// <summary>True when the segment is a FLIR APP1 segment.</summary>
    public static bool IsFlirSegment(JpegSegment segment, ReadOnlySpan<byte> file) =>
        segment.Marker == JpegSegment.App1 && segment.PayloadLength >= 5 && segment.Payload(file)[..5].SequenceEqual("FLIR\0"u8);

    /// <summary>The joined FFF record, or null when the JPEG has no FLIR segments.</summary>
    public static byte[]? ExtractFff(ReadOnlySpan<byte> jpeg)
    {
        var segments = JpegSegmentReader.Read(jpeg);
        using var joined = new MemoryStream();
        var expectedIndex = 0;
        var lastIndex = -1;
        foreach (var segment in segments)
        {
            if (!IsFlirSegment(segment, jpeg))
            {
                continue;
            }

            var payload = segment.Payload(jpeg);
            if (payload.Length < SegmentHeaderSize)
            {
                throw new ThermalFormatException("A FLIR JPEG segment is shorter than its own header.");
            }

            int index = payload[6];
            int last = payload[7];
            if (index != expectedIndex || (lastIndex >= 0 && last != lastIndex) || index > last)
            {
                throw new ThermalFormatException($"FLIR JPEG segments are out of order: found piece {index} of 0..{last}, expected piece {expectedIndex}.");
            }

            lastIndex = last;
            expectedIndex++;
            joined.Write(payload[SegmentHeaderSize..]);
        }

        if (lastIndex < 0)
        {
            return null;
        }

        if (expectedIndex != lastIndex + 1)
        {
            throw new ThermalFormatException($"The FLIR data is incomplete: {expectedIndex} of {lastIndex + 1} JPEG segments present.");
        }

        return joined.ToArray();
    }
}
