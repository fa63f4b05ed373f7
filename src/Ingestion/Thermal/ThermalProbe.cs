using DroneInspect.Ingestion.Thermal.Dji;
using DroneInspect.Ingestion.Thermal.Flir;
using DroneInspect.Ingestion.Thermal.Jpeg;
using DroneInspect.Ingestion.Thermal.Tiff;

namespace DroneInspect.Ingestion.Thermal;

/// <summary>
/// Reads what <see cref="ThermalDecoder"/> would decode, without the pixels: format, raw size, absolute or relative,
/// the FLIR measurement parameters, and the structural checks a decode makes first (the FLIR raw PNG's header
/// against the record, a TIFF's sample layout and strips inside the file, a DJI raw block of a stated size). What it
/// cannot see is damage inside compressed pixel data, which only a decode finds; the analysis decodes every capture
/// anyway, so the upload gate and `metadata` use this (a decode costs 1-3 ms per file; this, tens of microseconds).
/// </summary>
public static class ThermalProbe
{
    /// <summary>
    /// The header of <paramref name="bytes"/> (the whole file). Throws <see cref="ThermalFormatException"/> as the
    /// decoder would for a file that is not radiometric, damaged in its structure, or of an unknown format.
    /// </summary>
    public static ThermalHeader Probe(string path, ReadOnlySpan<byte> bytes, string? cameraModel)
    {
        var name = Path.GetFileName(path);
        if (bytes.Length == 0)
        {
            throw new ThermalFormatException($"{name} is empty (0 bytes).");
        }

        if (FffDirectory.HasMagic(bytes))
        {
            return Flir(FlirReader.Probe(bytes, segments: null, name));
        }

        if (TiffXmpReader.IsTiff(bytes))
        {
            return Tiff(bytes, name);
        }

        if (!JpegSegmentReader.IsJpeg(bytes))
        {
            throw new ThermalFormatException($"{name} is not a supported thermal image (not a JPEG, TIFF or FLIR FFF file).");
        }

        var segments = JpegSegmentReader.Read(bytes);
        foreach (var segment in segments)
        {
            if (FlirJpegExtractor.IsFlirSegment(segment, bytes))
            {
                return Flir(FlirReader.Probe(bytes, segments, name));
            }
        }

        if (DjiRJpegDecoder.HasThermalSegments(segments, bytes))
        {
            var block = DjiRJpegDecoder.Locate(bytes, segments, name);
            var sdk = DjiThermalSdk.Configured;
            return new ThermalHeader(DjiRJpegDecoder.Format, "DJI", cameraModel, block.Width, block.Height, IsAbsolute: sdk is not null, null)
            {
                Note = sdk is null ? DjiThermalSdk.ConfiguredProblem : null,
            };
        }

        throw new ThermalFormatException($"{name} is not radiometric: the JPEG holds neither FLIR nor DJI thermal data.") { NotRadiometric = true };
    }

    private static ThermalHeader Flir(FlirRecord record) =>
        new(FlirThermalDecoder.Format, "FLIR", record.CameraInfo.CameraModel, record.RawImage.Width, record.RawImage.Height, IsAbsolute: true, record.CameraInfo.Parameters);

    private static ThermalHeader Tiff(ReadOnlySpan<byte> bytes, string name)
    {
        var header = TiffImageHeader.Read(bytes);
        if (header.BitsPerSample != 16 || header.SamplesPerPixel != 1)
        {
            throw new ThermalFormatException($"{name} is not radiometric: the TIFF holds {header.SamplesPerPixel} sample(s) of {header.BitsPerSample} bits per pixel, not 16-bit single-channel counts.") { NotRadiometric = true };
        }

        if (!TiffImageHeader.DecodableCompressions.Contains(header.Compression))
        {
            throw new ThermalFormatException($"{name}: the TIFF's compression {header.Compression} is not supported.");
        }

        var xmp = TiffXmpReader.ReadXmp(bytes);
        _ = RadiometricTiffDecoder.ReadGain(xmp); // an unusable stated gain fails the decode, so it fails here too
        return new ThermalHeader(RadiometricTiffDecoder.Format, null, RadiometricTiffDecoder.ReadCameraModel(xmp), header.Width, header.Height, IsAbsolute: true, null);
    }
}
