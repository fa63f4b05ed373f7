using System.Buffers;
using DroneInspect.Ingestion.Thermal.Dji;
using DroneInspect.Ingestion.Thermal.Flir;
using DroneInspect.Ingestion.Thermal.Jpeg;
using DroneInspect.Ingestion.Thermal.Tiff;

namespace DroneInspect.Ingestion.Thermal;

/// <summary>Decodes any supported radiometric file into a temperature map.</summary>
public static class ThermalDecoder
{
    /// <summary>
    /// Decodes <paramref name="path"/>. Throws <see cref="ThermalFormatException"/> with a plain reason when the
    /// file is not radiometric, is corrupt, or is of an unknown format. Overrides apply to FLIR files; radiometric
    /// TIFFs already hold object temperatures and DJI maps come from counts or the DJI Thermal SDK
    /// (<see cref="DjiThermalSdk"/>, absolute when configured), so neither uses them.
    /// </summary>
    public static ThermalImage Decode(string path, RadiometricOverrides? overrides = null)
    {
        var (buffer, length) = ThermalFile.ReadPooled(path); // FLIR files are decoded straight from the pooled buffer
        try
        {
            return Decode(path, buffer.AsSpan(0, length), () => buffer.AsSpan(0, length).ToArray(), overrides, cameraModel: null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Decodes a file whose content the caller has already read. <paramref name="cameraModel"/> is the EXIF model when
    /// known (DJI maps carry it); null reads it from <paramref name="bytes"/> when needed.
    /// </summary>
    public static ThermalImage Decode(string path, byte[] bytes, RadiometricOverrides? overrides, string? cameraModel) =>
        Decode(path, bytes, () => bytes, overrides, cameraModel);

    /// <param name="asArray">The same bytes as an exact array, for the DJI routes that need one (made only for them).</param>
    private static ThermalImage Decode(string path, ReadOnlySpan<byte> bytes, Func<byte[]> asArray, RadiometricOverrides? overrides, string? cameraModel)
    {
        var name = Path.GetFileName(path);
        if (bytes.Length == 0)
        {
            throw new ThermalFormatException($"{name} is empty (0 bytes).");
        }

        if (FffDirectory.HasMagic(bytes))
        {
            return FlirThermalDecoder.Decode(bytes, segments: null, name, overrides);
        }

        if (TiffXmpReader.IsTiff(bytes))
        {
            return RadiometricTiffDecoder.Decode(bytes, name);
        }

        if (!JpegSegmentReader.IsJpeg(bytes))
        {
            throw new ThermalFormatException($"{name} is not a supported thermal image (not a JPEG, TIFF or FLIR FFF file).");
        }

        var segments = JpegSegmentReader.Read(bytes); // read once, for the FLIR or the DJI route
        if (HasFlirSegment(bytes, segments))
        {
            return FlirThermalDecoder.Decode(bytes, segments, name, overrides);
        }

        if (DjiRJpegDecoder.HasThermalSegments(segments, bytes))
        {
            var array = asArray();
            return DecodeDji(array, segments, name, cameraModel ?? ReadModel(path, array));
        }

        throw new ThermalFormatException($"{name} is not radiometric: the JPEG holds neither FLIR nor DJI thermal data.") { NotRadiometric = true };
    }

    private static bool HasFlirSegment(ReadOnlySpan<byte> bytes, IReadOnlyList<JpegSegment> segments)
    {
        foreach (var segment in segments)
        {
            if (FlirJpegExtractor.IsFlirSegment(segment, bytes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts always (they prove the file radiometric); Celsius from the DJI Thermal SDK when it is configured.</summary>
    private static ThermalImage DecodeDji(byte[] bytes, IReadOnlyList<JpegSegment> segments, string name, string? model)
    {
        var counts = DjiRJpegDecoder.Decode(bytes, segments, name, model);
        var sdk = DjiThermalSdk.Configured;
        return sdk is null
            ? counts with { Note = DjiThermalSdk.ConfiguredProblem }
            : counts with { Map = sdk.Measure(bytes, name) };
    }

    private static string? ReadModel(string path, byte[] bytes)
    {
        try
        {
            return Metadata.CaptureMetadataReader.Read(path, bytes).Model;
        }
        catch (InvalidDataException)
        {
            return null; // the model is a label only; the thermal data itself was read
        }
    }
}
