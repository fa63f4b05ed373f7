namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// The CameraInfo record (FFF type 0x20): calibration and the measurement conditions the camera was set to.
/// Temperatures are stored in Kelvin and converted here to Celsius; relative humidity to a 0..1 fraction.
/// </summary>
public sealed record FlirCameraInfo(
    PlanckConstants Planck,
    AtmosphericConstants Atmosphere,
    RadiometricParameters Parameters,
    string? CameraModel,
    string? LensModel,
    double? FieldOfViewDegrees,
    DateTimeOffset? CaptureTime)
{
    private const double KelvinOffset = 273.15;
    private const int MinimumLength = 0x310; // ends with Planck R2
    private const int DateTimeField = 0x384;

    internal static FlirCameraInfo Parse(ReadOnlySpan<byte> record, bool fileBigEndian)
    {
        var r = new EndianReader(record, fileBigEndian, "FLIR camera info record");
        if (record.Length < MinimumLength)
        {
            throw new ThermalFormatException($"The FLIR camera info record is too short ({record.Length} bytes, needs {MinimumLength}).");
        }

        // The first field holds 2 in the record's own byte order; a large value means the order is the other one.
        if (r.UInt16(0) >= 0x100)
        {
            r = r.WithByteOrder(!r.BigEndian);
        }

        var humidity = (double)r.Single(0x3C);
        var parameters = new RadiometricParameters(
            Emissivity: r.Single(0x20),
            ObjectDistanceMeters: r.Single(0x24),
            ReflectedTemperatureCelsius: r.Single(0x28) - KelvinOffset,
            AtmosphericTemperatureCelsius: r.Single(0x2C) - KelvinOffset,
            IrWindowTemperatureCelsius: r.Single(0x30) - KelvinOffset,
            IrWindowTransmission: r.Single(0x34),
            RelativeHumidity: humidity > 2 ? humidity / 100 : humidity); // some FFF files store percent

        var planck = new PlanckConstants(R1: r.Single(0x58), B: r.Single(0x5C), F: r.Single(0x60), O: r.Int32(0x308), R2: r.Single(0x30C));
        var atmosphere = new AtmosphericConstants(r.Single(0x70), r.Single(0x74), r.Single(0x78), r.Single(0x7C), r.Single(0x80));
        var fov = r.Single(0x1B4);
        return new FlirCameraInfo(
            planck,
            atmosphere,
            parameters,
            r.Ascii(0xD4, 32),
            r.Ascii(0x170, 32),
            float.IsFinite(fov) && fov > 0 ? fov : null,
            record.Length >= DateTimeField + 10 ? ReadTime(r) : null);
    }

    private static DateTimeOffset? ReadTime(EndianReader r)
    {
        var unixSeconds = r.UInt32(DateTimeField);
        var milliseconds = r.UInt32(DateTimeField + 4) & 0xFFFF;
        var zoneMinutes = -r.Int16(DateTimeField + 8); // stored as minutes to add to local time to reach UTC
        if (unixSeconds == 0 || milliseconds > 999 || Math.Abs(zoneMinutes) > 14 * 60)
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds(unixSeconds).AddMilliseconds(milliseconds).ToOffset(TimeSpan.FromMinutes(zoneMinutes));
    }
}
