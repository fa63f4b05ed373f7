using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Thermal.Dji;

/// <summary>
/// The measurement settings a Zenmuse H20T writes into APP4 (the layout ExifTool documents; newer DJI cameras use
/// another, undocumented one). Kept as stored: the units of Reflection and AmbientTemperature are not documented, so
/// they are not turned into Celsius here. The counts remain relative whatever these say.
/// </summary>
/// <param name="Emissivity">Stored in hundredths (100 = 1.00).</param>
/// <param name="RelativeHumidityPercent">Percent.</param>
public sealed record DjiThermalParams(
    double ObjectDistanceMeters,
    int RelativeHumidityPercent,
    int Emissivity,
    int Reflection,
    int AmbientTemperature,
    float K1,
    float K2,
    float K3,
    float K4,
    float KF,
    float B1,
    float B2)
{
    private const uint Magic = 0xAA551206; // "temperature header" magic, big-endian as stored

    /// <summary>The APP4 parameters of an H20T-style R-JPEG, or null when the file has none in the documented layout.</summary>
    public static DjiThermalParams? Read(ReadOnlySpan<byte> jpeg)
    {
        foreach (var segment in JpegSegmentReader.Read(jpeg))
        {
            if (segment.Marker != JpegSegment.App4 || segment.PayloadLength < 0x5A)
            {
                continue;
            }

            var payload = segment.Payload(jpeg);
            if (new EndianReader(payload, bigEndian: true, "DJI APP4 header").UInt32(0) != Magic)
            {
                continue;
            }

            var r = new EndianReader(payload, bigEndian: false, "DJI thermal parameters");
            return new DjiThermalParams(
                r.UInt16(0x44), r.UInt16(0x46), r.UInt16(0x48), r.UInt16(0x4A), r.UInt16(0x4C),
                r.Single(0x24), r.Single(0x28), r.Single(0x2C), r.Single(0x30), r.Single(0x34), r.Single(0x38), r.Single(0x3C));
        }

        return null;
    }
}
