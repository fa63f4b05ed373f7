using System.Buffers;
using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>Reads FLIR radiometric JPEGs (FFF in APP1 segments) and bare .fff files.</summary>
public static class FlirReader
{
    /// <summary>
    /// Reads <paramref name="path"/>. With <paramref name="decodePixels"/> false only the raw image's header is read
    /// (metadata needs no pixels). Throws <see cref="ThermalFormatException"/> for a file that is not FLIR or is damaged.
    /// </summary>
    public static FlirRecord Read(string path, bool decodePixels = true)
    {
        var bytes = ThermalFile.ReadAllBytes(path);
        return Read(bytes, Path.GetFileName(path), decodePixels);
    }

    /// <summary>Reads FLIR data from a whole file's bytes (JPEG or bare FFF).</summary>
    public static FlirRecord Read(ReadOnlySpan<byte> bytes, string name, bool decodePixels = true) =>
        Read(bytes, segments: null, name, decodePixels, observe: null);

    /// <summary>
    /// Decodes the pixels for <paramref name="observe"/>, which, given the camera info, returns what sees the counts as
    /// they are decoded (block by block, possibly on another thread, one block at a time). <paramref name="segments"/>
    /// are the JPEG's segments when the caller has read them already.
    /// </summary>
    internal static FlirRecord Read(ReadOnlySpan<byte> bytes, IReadOnlyList<JpegSegment>? segments, string name, Func<FlirCameraInfo, RowsDecoded> observe) =>
        Read(bytes, segments, name, decodePixels: true, observe);

    /// <summary>
    /// The record without its pixels, with the raw image's own header checked against the record (what a decode would
    /// refuse first), for the quality gate's probe.
    /// </summary>
    internal static FlirRecord Probe(ReadOnlySpan<byte> bytes, IReadOnlyList<JpegSegment>? segments, string name) =>
        Read(bytes, segments, name, decodePixels: false, observe: null, checkPayload: true);

    private static FlirRecord Read(ReadOnlySpan<byte> bytes, IReadOnlyList<JpegSegment>? segments, string name, bool decodePixels, Func<FlirCameraInfo, RowsDecoded>? observe, bool checkPayload = false)
    {
        if (FffDirectory.HasMagic(bytes))
        {
            return ParseFff(bytes, decodePixels, observe, checkPayload);
        }

        if (JpegSegmentReader.IsJpeg(bytes))
        {
            if (!FlirJpegExtractor.TryExtractFffPooled(bytes, segments, out var fff, out var length))
            {
                throw new ThermalFormatException($"{name} is not radiometric: the JPEG holds no FLIR data.") { NotRadiometric = true };
            }

            try
            {
                return ParseFff(fff.AsSpan(0, length), decodePixels, observe, checkPayload); // the record keeps nothing of the joined bytes
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(fff);
            }
        }

        throw new ThermalFormatException($"{name} is neither a FLIR JPEG nor an FFF file.");
    }

    /// <summary>
    /// The visual image embedded in a FLIR JPEG or FFF file, or null when the record holds none (many cameras store
    /// only the thermal image). Throws <see cref="ThermalFormatException"/> for a file that is not FLIR or is damaged.
    /// </summary>
    public static FlirEmbeddedImage? ReadEmbeddedImage(ReadOnlySpan<byte> bytes, string name)
    {
        var fff = FffDirectory.HasMagic(bytes) ? bytes
            : JpegSegmentReader.IsJpeg(bytes) ? FlirJpegExtractor.ExtractFff(bytes) ?? throw new ThermalFormatException($"{name} is not radiometric: the JPEG holds no FLIR data.")
            : throw new ThermalFormatException($"{name} is neither a FLIR JPEG nor an FFF file.");
        var directory = FffDirectory.Parse(fff);
        return directory.Find(FffIndexEntry.EmbeddedImage) is { } entry ? FlirEmbeddedImage.Parse(Slice(fff, entry), directory.BigEndian) : null;
    }

    /// <summary>Reads the embedded visual image of the file at <paramref name="path"/> (see the span overload).</summary>
    public static FlirEmbeddedImage? ReadEmbeddedImage(string path) => ReadEmbeddedImage(ThermalFile.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>Parses one FFF record.</summary>
    public static FlirRecord ParseFff(ReadOnlySpan<byte> fff, bool decodePixels = true) => ParseFff(fff, decodePixels, observe: null);

    private static FlirRecord ParseFff(ReadOnlySpan<byte> fff, bool decodePixels, Func<FlirCameraInfo, RowsDecoded>? observe, bool checkPayload = false)
    {
        var directory = FffDirectory.Parse(fff);
        var cameraEntry = directory.Find(FffIndexEntry.CameraInfo)
            ?? throw new ThermalFormatException("The FLIR record has no camera info (no calibration constants).");
        var rawEntry = directory.Find(FffIndexEntry.RawData)
            ?? throw new ThermalFormatException("The FLIR record has no raw thermal image.");

        var cameraInfo = FlirCameraInfo.Parse(Slice(fff, cameraEntry), directory.BigEndian);
        var raw = FlirRawImage.Parse(Slice(fff, rawEntry), directory.BigEndian, decodePixels, decodePixels ? observe?.Invoke(cameraInfo) : null, checkPayload);
        var gpsEntry = directory.Find(FffIndexEntry.GpsInfo);
        var gps = gpsEntry is { } g ? FlirGpsInfo.Parse(Slice(fff, g)) : null;
        return new FlirRecord(directory, cameraInfo, raw, gps);
    }

    // Entries were checked against the record size when the directory was parsed.
    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> fff, FffIndexEntry e) => fff.Slice((int)e.Offset, (int)e.Length);
}
