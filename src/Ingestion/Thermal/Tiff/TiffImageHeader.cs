namespace DroneInspect.Ingestion.Thermal.Tiff;

/// <summary>
/// The first image directory of a TIFF, read without decoding any strip: size, sample layout, compression, and
/// whether every strip lies inside the file. Enough to tell a radiometric TIFF (16-bit, one sample) that will decode
/// from one that cannot, at the cost of a few hundred bytes.
/// </summary>
internal sealed record TiffImageHeader(int Width, int Height, int BitsPerSample, int SamplesPerPixel, int Compression)
{
    private const int MaxEntries = 1024;
    private const ushort TagWidth = 256, TagHeight = 257, TagBitsPerSample = 258, TagCompression = 259;
    private const ushort TagStripOffsets = 273, TagSamplesPerPixel = 277, TagStripByteCounts = 279;

    /// <summary>Compressions the decoder's TIFF reader (libtiff in OpenCV) takes: none, LZW, Deflate, PackBits.</summary>
    public static readonly IReadOnlySet<int> DecodableCompressions = new HashSet<int> { 1, 5, 8, 32946, 32773 };

    /// <summary>Reads the directory; throws <see cref="ThermalFormatException"/> when it or its strips lie outside the file.</summary>
    public static TiffImageHeader Read(ReadOnlySpan<byte> tiff)
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

        int width = 0, height = 0, bits = 1, samples = 1, compression = 1;
        (int Type, long Count, int EntryAt)? offsets = null, byteCounts = null;
        for (var i = 0; i < count; i++)
        {
            var at = (int)ifd + 2 + (i * 12);
            var tag = r.UInt16(at);
            var type = r.UInt16(at + 2);
            var n = r.UInt32(at + 4);
            long value = type == 3 ? r.UInt16(at + 8) : r.UInt32(at + 8); // SHORT values sit left-justified
            switch (tag)
            {
                case TagWidth: width = (int)value; break;
                case TagHeight: height = (int)value; break;
                case TagBitsPerSample: bits = n == 1 ? (int)value : ReadShortAt(r, value); break;
                case TagCompression: compression = (int)value; break;
                case TagSamplesPerPixel: samples = (int)value; break;
                case TagStripOffsets: offsets = (type, n, at); break;
                case TagStripByteCounts: byteCounts = (type, n, at); break;
            }
        }

        if (width <= 0 || height <= 0)
        {
            throw new ThermalFormatException($"The TIFF states no image size ({width}x{height}).");
        }

        CheckStrips(r, tiff.Length, offsets, byteCounts);
        return new TiffImageHeader(width, height, bits, samples, compression);
    }

    private static int ReadShortAt(EndianReader r, long offset) =>
        offset < r.Length - 1 ? r.UInt16((int)offset) : throw new ThermalFormatException("The TIFF's BitsPerSample lies outside the file.");

    /// <summary>Every strip's bytes inside the file: a truncated TIFF is found here, not in the decoder.</summary>
    private static void CheckStrips(EndianReader r, int fileLength, (int Type, long Count, int EntryAt)? offsets, (int Type, long Count, int EntryAt)? byteCounts)
    {
        if (offsets is not { } o || byteCounts is not { } c || o.Count != c.Count || o.Count == 0)
        {
            throw new ThermalFormatException("The TIFF's strip table is missing or inconsistent.");
        }

        for (var i = 0L; i < o.Count; i++)
        {
            var end = Entry(r, o, i) + Entry(r, c, i);
            if (end > fileLength)
            {
                throw new ThermalFormatException($"The TIFF is truncated: strip {i} ends at byte {end} of a {fileLength}-byte file.");
            }
        }
    }

    private static long Entry(EndianReader r, (int Type, long Count, int EntryAt) field, long index)
    {
        var size = field.Type == 3 ? 2 : 4;
        var at = field.Count * size <= 4 ? field.EntryAt + 8 + (index * size) : r.UInt32(field.EntryAt + 8) + (index * size);
        if (at + size > r.Length)
        {
            throw new ThermalFormatException("The TIFF's strip table lies outside the file.");
        }

        return size == 2 ? r.UInt16((int)at) : r.UInt32((int)at);
    }
}
