namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>Turns a FLIR record into an absolute Celsius map.</summary>
internal static class FlirThermalDecoder
{
    public const string Format = "flir-fff";

    public static ThermalImage Decode(ReadOnlySpan<byte> bytes, string name, RadiometricOverrides? overrides)
    {
        var record = FlirReader.Read(bytes, name);
        var info = record.CameraInfo;
        var raw = record.RawImage;
        var counts = raw.Counts ?? throw new ThermalFormatException($"{name}: the raw thermal image was not decoded.");
        var parameters = OverrideApplier.Apply(info.Parameters, overrides);
        var converter = new RadiometricConverter(info.Planck, info.Atmosphere, parameters);
        var celsius = new float[counts.Length];
        converter.ToCelsius(counts, celsius);
        return new ThermalImage(Format, "FLIR", info.CameraModel, new TemperatureMap(raw.Width, raw.Height, celsius, isAbsolute: true), info.Planck, parameters);
    }
}
