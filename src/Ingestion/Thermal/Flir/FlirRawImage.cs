using OpenCvSharp;

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// The RawData record (FFF type 0x01): a 16-bit thermal image of sensor counts, stored as PNG (samples byte-swapped
/// by FLIR), as a TIFF, or as bare 16-bit samples in the record's byte order.
/// </summary>
/// <param name="Encoding">"PNG", "TIFF" or "RAW".</param>
/// <param name="Counts">Row-major counts; null when only the header was read, or when they went block by block to an
/// observer (see <see cref="FlirReader"/>) and were not kept.</param>
public sealed record FlirRawImage(int Width, int Height, string Encoding, ushort[]? Counts)
{
    /// <summary>Largest raw width or height accepted; real FLIR sensors are at most 1280x1024.</summary>
    public const int MaxDimension = 8192;

    private const int HeaderSize = 32;
    private static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="checkPayload">Without pixels: still check a PNG payload's header against the declared size (a probe's check).</param>
    internal static FlirRawImage Parse(ReadOnlySpan<byte> record, bool fileBigEndian, bool decodePixels, RowsDecoded? rowsDecoded = null, bool checkPayload = false)
    {
        var r = new EndianReader(record, fileBigEndian, "FLIR raw data record");
        if (record.Length < HeaderSize)
        {
            throw new ThermalFormatException($"The FLIR raw data record is too short ({record.Length} bytes).");
        }

        if (r.UInt16(0) >= 0x100)
        {
            r = r.WithByteOrder(!r.BigEndian);
        }

        int width = r.UInt16(2);
        int height = r.UInt16(4);
        if (width is 0 or > MaxDimension || height is 0 or > MaxDimension)
        {
            throw new ThermalFormatException($"The FLIR raw image declares impossible dimensions {width}x{height}.");
        }

        var payload = record[HeaderSize..];
        var encoding = payload.StartsWith(PngMagic) ? "PNG" : IsTiff(payload) ? "TIFF" : "RAW";
        if (encoding == "RAW" && payload.Length != width * height * 2)
        {
            throw new ThermalFormatException(
                $"The FLIR raw image is not PNG or TIFF and holds {payload.Length} bytes, not the {width * height * 2} that {width}x{height} 16-bit samples need.");
        }

        if (!decodePixels)
        {
            if (checkPayload && encoding == "PNG")
            {
                CheckPngHeader(payload, width, height);
            }

            return new FlirRawImage(width, height, encoding, null);
        }

        if (encoding == "PNG")
        {
            CheckPngHeader(payload, width, height); // before decoding, so a declared size can't be inflated
        }

        if (encoding == "PNG" && GrayPng16Decoder.CanDecode(payload))
        {
            if (rowsDecoded is null)
            {
                return new FlirRawImage(width, height, encoding, GrayPng16Decoder.DecodeByteSwapped(payload, width, height));
            }

            GrayPng16Decoder.DecodeByteSwapped(payload, width, height, rowsDecoded);
            return new FlirRawImage(width, height, encoding, null);
        }

        var counts = encoding == "RAW" ? ReadSamples(payload, r.BigEndian) : DecodeImage(payload, width, height, swapBytes: encoding == "PNG");
        rowsDecoded?.Invoke(counts, 0, counts.Length);
        return new FlirRawImage(width, height, encoding, counts);
    }

    private static bool IsTiff(ReadOnlySpan<byte> p) =>
        p.Length >= 4 && ((p[0] == 'I' && p[1] == 'I' && p[2] == 42 && p[3] == 0) || (p[0] == 'M' && p[1] == 'M' && p[2] == 0 && p[3] == 42));

    private static void CheckPngHeader(ReadOnlySpan<byte> png, int width, int height)
    {
        var h = new EndianReader(png, bigEndian: true, "FLIR raw PNG header");
        if (png.Length < 26 || h.UInt32(8) != 13 || !png.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new ThermalFormatException("The FLIR raw PNG is damaged: its IHDR header is missing.");
        }

        var pngWidth = h.UInt32(16);
        var pngHeight = h.UInt32(20);
        if (pngWidth != width || pngHeight != height)
        {
            throw new ThermalFormatException($"The FLIR raw PNG is {pngWidth}x{pngHeight} but the record declares {width}x{height}.");
        }

        if (png[24] != 16 || png[25] != 0)
        {
            throw new ThermalFormatException($"The FLIR raw PNG is not 16-bit grayscale (bit depth {png[24]}, colour type {png[25]}).");
        }
    }

    private static ushort[] ReadSamples(ReadOnlySpan<byte> payload, bool bigEndian)
    {
        var counts = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ushort>(payload).ToArray();
        if (bigEndian == BitConverter.IsLittleEndian)
        {
            System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(counts, counts);
        }

        return counts;
    }

    private static ushort[] DecodeImage(ReadOnlySpan<byte> payload, int width, int height, bool swapBytes)
    {
        QuietOpenCv.Ensure();
        using var mat = Cv2.ImDecode(payload, ImreadModes.Unchanged);
        if (mat.Empty())
        {
            throw new ThermalFormatException("The FLIR raw image could not be decoded (damaged PNG/TIFF data).");
        }

        if (mat.Type() != MatType.CV_16UC1 || mat.Width != width || mat.Height != height)
        {
            throw new ThermalFormatException(
                $"The FLIR raw image decodes to {mat.Width}x{mat.Height} of type {mat.Type()}, expected {width}x{height} 16-bit single channel.");
        }

        mat.GetArray(out ushort[] counts);
        if (swapBytes)
        {
            System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(counts, counts);
        }

        return counts;
    }
}
