using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// Turns a FLIR record into an absolute Celsius map. The counts are converted block by block as the raw image is
/// decoded, so for a PNG raw image the conversion runs beside the inflate instead of after it.
/// </summary>
internal static class FlirThermalDecoder
{
    public const string Format = "flir-fff";

    /// <param name="segments">The JPEG's segments when the caller has read them already, else null.</param>
    public static ThermalImage Decode(ReadOnlySpan<byte> bytes, IReadOnlyList<JpegSegment>? segments, string name, RadiometricOverrides? overrides)
    {
        CelsiusRows? rows = null;
        RadiometricParameters? parameters = null;
        var record = FlirReader.Read(bytes, segments, name, info =>
        {
            parameters = OverrideApplier.Apply(info.Parameters, overrides);
            rows = new CelsiusRows(new RadiometricConverter(info.Planck, info.Atmosphere, parameters));
            return rows.Accept;
        });
        var info = record.CameraInfo;
        var raw = record.RawImage;
        var celsius = rows?.Celsius ?? throw new ThermalFormatException($"{name}: the raw thermal image was not decoded.");
        return new ThermalImage(Format, "FLIR", info.CameraModel, new TemperatureMap(raw.Width, raw.Height, celsius, isAbsolute: true), info.Planck, parameters!);
    }

    /// <summary>Collects the Celsius map of blocks of counts as they are decoded.</summary>
    private sealed class CelsiusRows(RadiometricConverter converter)
    {
        private readonly CountTable _table = new(converter);

        public float[]? Celsius { get; private set; }

        public void Accept(ReadOnlySpan<ushort> counts, int firstPixel, int totalPixels)
        {
            Celsius ??= GC.AllocateUninitializedArray<float>(totalPixels); // every pixel is written, block by block
            _table.Convert(counts, Celsius.AsSpan(firstPixel, counts.Length));
        }
    }
}
