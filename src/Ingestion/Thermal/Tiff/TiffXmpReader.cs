namespace DroneInspect.Ingestion.Thermal.Tiff;

/// <summary>Finds the XMP packet (tag 700) in a TIFF's first image directory, with every offset bounds-checked.</summary>
internal static class TiffXmpReader
{
    private const ushort XmpTag = 700;
    private const int MaxEntries = 1024;

    public static bool IsTiff(ReadOnlySpan<byte> b) =>
        b.Length >= 8 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0) || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42));

    /// <summary>The XMP text, or null when the TIFF carries none.</summary>
    public static string? ReadXmp(ReadOnlySpan<byte> tiff)
    {
        var r = new EndianReader(tiff, bigEndian: tiff[0] == 'M', "TIFF file");
        var ifd = r.UInt32(4);
        if (ifd > tiff.Length - 2)
        {
            throw new ThermalFormatException($"The TIFF's image directory offset {ifd} lies outside the {tiff.Length}-byte file.");
        }

        int count = r.UInt16((int)ifd);
        if (count > MaxEntries)
        {
            throw new ThermalFormatException($"The TIFF's image directory claims {count} entries; the file is damaged.");
        }

        for (var i = 0; i < count; i++)
        {
            var at = (int)ifd + 2 + (i * 12);
            if (r.UInt16(at) != XmpTag)
            {
                continue;
            }

            var length = r.UInt32(at + 4);
            var offset = length <= 4 ? (uint)(at + 8) : r.UInt32(at + 8);
            if ((long)offset + length > tiff.Length)
            {
                throw new ThermalFormatException($"The TIFF's XMP packet (bytes {offset}..{(long)offset + length}) lies outside the file.");
            }

            return System.Text.Encoding.UTF8.GetString(tiff.Slice((int)offset, (int)length));
        }

        return null;
    }
}
