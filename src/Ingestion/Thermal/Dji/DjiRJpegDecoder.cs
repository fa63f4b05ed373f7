using System.Buffers.Binary;
using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Thermal.Dji;

/// <summary>
/// DJI R-JPEGs (H20T, M30T, M3T, Zenmuse XT S, ...): raw 16-bit little-endian counts in consecutive APP3 or APP4
/// segments (found by <see cref="DjiRawLayout"/>). Counts are not temperature (DJI's conversion lives in its
/// proprietary Thermal SDK), so the map is relative only.
/// </summary>
public static class DjiRJpegDecoder
{
    public const string Format = "dji-rjpeg";

    /// <summary>True when the JPEG carries segments where DJI stores thermal counts (APP3, or APP4 that is no parameter block).</summary>
    public static bool HasThermalSegments(IReadOnlyList<JpegSegment> segments, ReadOnlySpan<byte> jpeg) =>
        DjiRawLayout.HasCandidateSegments(segments, jpeg);

    /// <summary>
    /// Where the counts are and their size, without reading them. Throws <see cref="ThermalFormatException"/> when the
    /// file holds no raw block (not radiometric when it has too few bytes for any sensor, else damaged).
    /// </summary>
    public static DjiRawBlock Locate(ReadOnlySpan<byte> jpeg, IReadOnlyList<JpegSegment> segments, string name)
    {
        if (DjiRawLayout.Locate(segments, jpeg) is { } block)
        {
            return block;
        }

        var bytes = DjiRawLayout.CandidateBytes(segments, jpeg);
        var smallest = DjiRawLayout.KnownSizes.Min(s => s.Width * s.Height * 2);
        if (bytes < smallest)
        {
            throw new ThermalFormatException($"{name} is not radiometric: a DJI JPEG without raw thermal data (APP3/APP4 hold {bytes} bytes), e.g. a palette-only export.") { NotRadiometric = true };
        }

        var frame = DjiRawLayout.FrameSize(segments, jpeg) is { } f ? $"{f.Width}x{f.Height}" : "no";
        throw new ThermalFormatException(
            $"{name}: its APP3/APP4 segments hold {bytes} bytes, and no run of them matches 16-bit counts of the size the file states ({frame} frame) "
            + "or of a known DJI sensor (the file may be truncated).");
    }

    /// <summary>Decodes the counts into a relative map; <paramref name="model"/> is the EXIF camera model, when known.</summary>
    public static ThermalImage Decode(ReadOnlySpan<byte> jpeg, IReadOnlyList<JpegSegment> segments, string name, string? model)
    {
        var block = Locate(jpeg, segments, name);
        var values = new float[block.Width * block.Height];
        var pixel = 0;
        byte? carried = null; // a sample may straddle two segments
        for (var i = block.FirstSegment; i < block.FirstSegment + block.SegmentCount; i++)
        {
            var payload = segments[i].Payload(jpeg);
            if (carried is { } low && payload.Length > 0)
            {
                values[pixel++] = low | (payload[0] << 8);
                payload = payload[1..];
                carried = null;
            }

            var whole = payload.Length / 2;
            for (var k = 0; k < whole; k++)
            {
                values[pixel++] = BinaryPrimitives.ReadUInt16LittleEndian(payload.Slice(k * 2, 2));
            }

            if (payload.Length % 2 == 1)
            {
                carried = payload[^1];
            }
        }

        return new ThermalImage(Format, "DJI", model, new TemperatureMap(block.Width, block.Height, values, isAbsolute: false), null, null);
    }
}
