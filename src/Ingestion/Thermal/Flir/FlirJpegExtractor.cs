using System.Buffers;
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
        var pieces = FindPieces(jpeg, JpegSegmentReader.Read(jpeg), out var length);
        if (pieces is null)
        {
            return null;
        }

        var record = GC.AllocateUninitializedArray<byte>(length);
        Join(jpeg, pieces, record);
        return record;
    }

    /// <summary>
    /// Joins the record into a buffer rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it), so a flight's
    /// worth of decodes does not allocate a megabyte-sized record each. False when the JPEG has no FLIR segments.
    /// <paramref name="segments"/> are the JPEG's segments when the caller has read them already, else null.
    /// </summary>
    internal static bool TryExtractFffPooled(ReadOnlySpan<byte> jpeg, IReadOnlyList<JpegSegment>? segments, out byte[] buffer, out int length)
    {
        var pieces = FindPieces(jpeg, segments ?? JpegSegmentReader.Read(jpeg), out length);
        if (pieces is null)
        {
            buffer = [];
            return false;
        }

        buffer = ArrayPool<byte>.Shared.Rent(length);
        Join(jpeg, pieces, buffer);
        return true;
    }

    private static void Join(ReadOnlySpan<byte> jpeg, List<JpegSegment> pieces, Span<byte> record)
    {
        var at = 0;
        foreach (var segment in pieces)
        {
            var data = segment.Payload(jpeg)[SegmentHeaderSize..];
            data.CopyTo(record[at..]);
            at += data.Length;
        }
    }

    /// <summary>The FLIR segments in order, checked complete; null when there are none.</summary>
    private static List<JpegSegment>? FindPieces(ReadOnlySpan<byte> jpeg, IReadOnlyList<JpegSegment> segments, out int length)
    {
        var pieces = new List<JpegSegment>();
        length = 0;
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
            if (index != pieces.Count || (lastIndex >= 0 && last != lastIndex) || index > last)
            {
                throw new ThermalFormatException($"FLIR JPEG segments are out of order: found piece {index} of 0..{last}, expected piece {pieces.Count}.");
            }

            lastIndex = last;
            pieces.Add(segment);
            length += payload.Length - SegmentHeaderSize;
        }

        if (lastIndex < 0)
        {
            return null;
        }

        if (pieces.Count != lastIndex + 1)
        {
            throw new ThermalFormatException($"The FLIR data is incomplete: {pieces.Count} of {lastIndex + 1} JPEG segments present.");
        }

        return pieces;
    }
}
