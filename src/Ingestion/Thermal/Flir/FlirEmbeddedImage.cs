namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// The visual (RGB) image a FLIR camera embeds in the FFF record (record type 0x0E): a JPEG or PNG, or raw data,
/// after a 32-byte header whose second and third 16-bit words give its size in pixels.
/// </summary>
/// <param name="Format">"JPG", "PNG" or "DAT" (ExifTool's EmbeddedImageType names).</param>
/// <param name="Bytes">The image file as stored (a complete JPEG/PNG for those formats).</param>
public sealed record FlirEmbeddedImage(int Width, int Height, string Format, byte[] Bytes)
{
    private const int HeaderSize = 32;

    internal static FlirEmbeddedImage Parse(ReadOnlySpan<byte> record, bool fileBigEndian)
    {
        if (record.Length < HeaderSize)
        {
            throw new ThermalFormatException($"The FLIR embedded image record is too short ({record.Length} bytes).");
        }

        var r = new EndianReader(record, fileBigEndian, "FLIR embedded image record");
        if (r.UInt16(0) >= 0x100)
        {
            r = r.WithByteOrder(!r.BigEndian); // the first word is a small version/byte-order marker
        }

        int width = r.UInt16(2);
        int height = r.UInt16(4);
        if (width is 0 or > FlirRawImage.MaxDimension * 2 || height is 0 or > FlirRawImage.MaxDimension * 2)
        {
            throw new ThermalFormatException($"The FLIR embedded image declares impossible dimensions {width}x{height}.");
        }

        var payload = record[HeaderSize..];
        var format = payload.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "JPG"
            : payload.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? "PNG"
            : "DAT";
        return new FlirEmbeddedImage(width, height, format, payload.ToArray());
    }
}
