using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Thermal.Dji;

/// <summary>Where a DJI R-JPEG keeps its raw counts: consecutive segments of one APPn marker, and the size they hold.</summary>
/// <param name="Marker">APP3 (H20T, M30T, M3T, ...) or APP4 (Zenmuse XT S: raw in APP4, other data in APP3).</param>
/// <param name="FirstSegment">Index of the first raw segment in the JPEG's segment list.</param>
public readonly record struct DjiRawBlock(byte Marker, int FirstSegment, int SegmentCount, int Width, int Height);

/// <summary>
/// Finds the raw 16-bit block of a DJI R-JPEG by its size. DJI cameras differ in where they put it (APP3 on most,
/// APP4 on the Zenmuse XT S, whose APP3 then holds 32 KB of something else), and APP4 may instead hold a parameter
/// block (H20T). The rule: the raw block is a run of consecutive segments with the same marker (APP3 or APP4) whose
/// payloads add up to exactly width x height x 2 bytes, for a size the file states (its SOF frame, or half of it,
/// as on the M30T whose 1280x1024 display image carries a 640x512 raw block) or else a known DJI sensor size.
/// A segment that starts with the H20T parameter header is never part of a raw block.
/// </summary>
public static class DjiRawLayout
{
    /// <summary>Raw sizes of DJI thermal cores, tried after the sizes the file states.</summary>
    public static IReadOnlyList<(int Width, int Height)> KnownSizes { get; } = [(640, 512), (1280, 1024), (336, 256), (320, 256), (160, 120)];

    /// <summary>Smallest raw side accepted: below this a "raw block" is more likely a table or a thumbnail.</summary>
    public const int MinSide = 32;

    private const uint ParameterMagic = 0xAA551206; // first four bytes (big-endian) of the H20T APP4 parameter block

    /// <summary>True when the JPEG has APP3 segments or APP4 segments other than a parameter block (where DJI stores counts).</summary>
    public static bool HasCandidateSegments(IReadOnlyList<JpegSegment> segments, ReadOnlySpan<byte> jpeg)
    {
        foreach (var s in segments)
        {
            if (s.Marker == JpegSegment.App3 || (s.Marker == JpegSegment.App4 && !IsParameterBlock(s, jpeg)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Bytes in APP3 and APP4 segments that could hold counts (parameter blocks left out).</summary>
    public static long CandidateBytes(IReadOnlyList<JpegSegment> segments, ReadOnlySpan<byte> jpeg)
    {
        var total = 0L;
        foreach (var s in segments)
        {
            total += IsRawMarker(s.Marker) && !IsParameterBlock(s, jpeg) ? s.PayloadLength : 0;
        }

        return total;
    }

    /// <summary>The raw block, or null when no run of segments holds a stated or known size.</summary>
    public static DjiRawBlock? Locate(IReadOnlyList<JpegSegment> segments, ReadOnlySpan<byte> jpeg)
    {
        foreach (var (width, height) in CandidateSizes(segments, jpeg))
        {
            if (Find(segments, jpeg, (long)width * height * 2) is { } run)
            {
                return new DjiRawBlock(segments[run.First].Marker, run.First, run.Count, width, height);
            }
        }

        return null;
    }

    /// <summary>The frame size of the JPEG's SOF segment (width, height), or null.</summary>
    public static (int Width, int Height)? FrameSize(IReadOnlyList<JpegSegment> segments, ReadOnlySpan<byte> jpeg)
    {
        foreach (var s in segments)
        {
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
            if (s.Marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && s.PayloadLength >= 5)
            {
                var p = s.Payload(jpeg);
                var height = (p[1] << 8) | p[2];
                var width = (p[3] << 8) | p[4];
                return width > 0 && height > 0 ? (width, height) : null;
            }
        }

        return null;
    }

    private static IEnumerable<(int Width, int Height)> CandidateSizes(IReadOnlyList<JpegSegment> segments, ReadOnlySpan<byte> jpeg)
    {
        var sizes = new List<(int Width, int Height)>();
        if (FrameSize(segments, jpeg) is { } frame)
        {
            sizes.Add(frame);
            sizes.Add((frame.Width / 2, frame.Height / 2));
        }

        sizes.AddRange(KnownSizes);
        return sizes.Where(s => s.Width >= MinSide && s.Height >= MinSide).Distinct();
    }

    /// <summary>The first run (in file order) of same-marker consecutive segments whose payloads total <paramref name="bytes"/>.</summary>
    private static (int First, int Count)? Find(IReadOnlyList<JpegSegment> segments, ReadOnlySpan<byte> jpeg, long bytes)
    {
        for (var first = 0; first < segments.Count; first++)
        {
            var marker = segments[first].Marker;
            var total = 0L;
            for (var i = first; i < segments.Count && total < bytes; i++)
            {
                var s = segments[i];
                if (s.Marker != marker || !IsRawMarker(marker) || IsParameterBlock(s, jpeg))
                {
                    break;
                }

                total += s.PayloadLength;
                if (total == bytes)
                {
                    return (first, i - first + 1);
                }
            }
        }

        return null;
    }

    private static bool IsRawMarker(byte marker) => marker is JpegSegment.App3 or JpegSegment.App4;

    private static bool IsParameterBlock(JpegSegment s, ReadOnlySpan<byte> jpeg) =>
        s.Marker == JpegSegment.App4 && s.PayloadLength >= 4
        && System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(s.Payload(jpeg)) == ParameterMagic;
}
