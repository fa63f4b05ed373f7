using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Thermal.Dji;

/// <summary>
/// DJI R-JPEGs (H20T, M30T, M3T, ...): the raw 16-bit little-endian counts fill the APP3 segments in order. Counts are
/// not temperature (DJI's conversion lives in its proprietary Thermal SDK), so the map is relative only.
/// </summary>
public static class DjiRJpegDecoder
{
    public const string Format = "dji-rjpeg";

    // Raw sizes of DJI radiometric payloads; the count of samples picks one.
    private static readonly (int Width, int Height)[] KnownSizes = [(640, 512), (1280, 1024), (320, 256), (160, 120)];

    /// <summary>True when the JPEG carries APP3 segments (where DJI stores thermal counts).</summary>
    public static bool HasThermalSegments(IReadOnlyList<JpegSegment> segments) => segments.Any(s => s.Marker == JpegSegment.App3);

    /// <summary>Decodes the counts into a relative map; <paramref name="model"/> is the EXIF camera model, when known.</summary>
    public static ThermalImage Decode(ReadOnlySpan<byte> jpeg, IReadOnlyList<JpegSegment> segments, string name, string? model)
    {
        var total = 0L;
        foreach (var s in segments)
        {
            total += s.Marker == JpegSegment.App3 ? s.PayloadLength : 0;
        }

        if (total == 0)
        {
            throw new ThermalFormatException($"{name} is not radiometric: a DJI JPEG without raw thermal data (APP3), e.g. a palette-only export.") { NotRadiometric = true };
        }

        var (width, height) = KnownSizes.FirstOrDefault(k => (long)k.Width * k.Height * 2 == total);
        if (width == 0)
        {
            throw new ThermalFormatException($"{name}: its DJI thermal data holds {total} bytes, which matches no known DJI sensor size (the file may be truncated).");
        }

        var raw = new byte[total];
        var at = 0;
        foreach (var s in segments)
        {
            if (s.Marker == JpegSegment.App3)
            {
                s.Payload(jpeg).CopyTo(raw.AsSpan(at)); // samples may straddle segment borders
                at += s.PayloadLength;
            }
        }

        var values = new float[width * height];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(raw.AsSpan(i * 2));
        }

        return new ThermalImage(Format, "DJI", model, new TemperatureMap(width, height, values, isAbsolute: false), null, null);
    }
}
