using DroneInspect.Ingestion.Metadata;

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>The GPSInfo record (FFF type 0x2B, always little-endian): signed decimal degrees and metres.</summary>
internal static class FlirGpsInfo
{
    public static GpsPosition? Parse(ReadOnlySpan<byte> record)
    {
        if (record.Length < 0x24)
        {
            return null; // too short to hold a position: no GPS, not a damaged thermal image
        }

        var r = new EndianReader(record, bigEndian: false, "FLIR GPS record");
        if (r.UInt32(0) == 0)
        {
            return null; // camera marked the fix invalid
        }

        var latitude = r.Double(0x10);
        var longitude = r.Double(0x18);
        var altitude = (double)r.Single(0x20);
        if (!double.IsFinite(latitude) || !double.IsFinite(longitude) || Math.Abs(latitude) > 90 || Math.Abs(longitude) > 180)
        {
            return null;
        }

        // Some writers store magnitudes with a separate reference letter.
        if (r.Ascii(0x08, 2) == "S")
        {
            latitude = -Math.Abs(latitude);
        }

        if (r.Ascii(0x0A, 2) == "W")
        {
            longitude = -Math.Abs(longitude);
        }

        return new GpsPosition(latitude, longitude, float.IsFinite((float)altitude) && altitude != -1 ? altitude : null);
    }
}
