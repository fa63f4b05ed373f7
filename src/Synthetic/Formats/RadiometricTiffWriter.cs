using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using DroneInspect.Synthetic.Camera;

namespace DroneInspect.Synthetic.Formats;

/// <summary>
/// Writes a 16-bit radiometric TIFF as FLIR Duo/Vue/XT2 exports do (uncompressed, little-endian): one count per pixel
/// with T(K) = count x <see cref="GainKelvinPerCount"/>, plus make/model/time, GPS and an XMP packet carrying the DJI
/// pose and a statement of the gain.
/// </summary>
internal static class RadiometricTiffWriter
{
    public const double GainKelvinPerCount = 0.04;
    private const double KelvinOffset = 273.15;
    private const ushort TagGpsIfd = 34853;

    /// <summary>Counts for a temperature field (Celsius, row-major), rounded to the nearest count.</summary>
    public static ushort[] ToCounts(float[] temperaturesCelsius)
    {
        var counts = new ushort[temperaturesCelsius.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = (ushort)Math.Clamp(Math.Round((temperaturesCelsius[i] + KelvinOffset) / GainKelvinPerCount), 0, ushort.MaxValue);
        }

        return counts;
    }

    public static byte[] Write(ushort[] counts, CameraIntrinsics camera, CapturePosition capture)
    {
        int width = camera.WidthPixels, height = camera.HeightPixels;
        if (counts.Length != width * height)
        {
            throw new ArgumentException($"Expected {width * height} counts, got {counts.Length}.", nameof(counts));
        }

        var gain = new Dictionary<string, string>
        {
            ["TemperatureGainKelvinPerCount"] = GainKelvinPerCount.ToString("R", CultureInfo.InvariantCulture),
            ["TemperatureOffsetKelvin"] = "0",
        };
        byte[] xmp = Encoding.UTF8.GetBytes(DjiXmpPacket.Build(capture, CaptureJpegWriter.Model, gain));
        var gps = GpsIfd(capture);
        int pixelBytes = counts.Length * 2;
        const int pixelOffset = 8;
        int ifdOffset = pixelOffset + pixelBytes;

        var ifd = new TiffIfdBuilder()
            .Long(256, (uint)width).Long(257, (uint)height).Short(258, 16).Short(259, 1).Short(262, 1)
            .Ascii(271, CaptureJpegWriter.Make).Ascii(272, CaptureJpegWriter.Model)
            .Long(273, pixelOffset).Short(277, 1).Long(278, (uint)height).Long(279, (uint)pixelBytes)
            .Rational(282, (72, 1)).Rational(283, (72, 1)).Short(284, 1).Short(296, 2)
            .Ascii(305, "DroneInspect synthetic sample")
            .Ascii(306, capture.CaptureTime.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture))
            .Short(339, 1)
            .Bytes(700, TiffIfdBuilder.TypeByte, xmp)
            .Long(TagGpsIfd, 0);
        int gpsOffset = ifdOffset + ifd.SizeBytes;
        ifd.Long(TagGpsIfd, (uint)gpsOffset);

        var file = new byte[gpsOffset + gps.SizeBytes];
        var s = file.AsSpan();
        "II"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], (uint)ifdOffset);
        for (int i = 0; i < counts.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(s[(pixelOffset + i * 2)..], counts[i]);
        }

        ifd.WriteTo(s, ifdOffset);
        gps.WriteTo(s, gpsOffset);
        return file;
    }

    private static TiffIfdBuilder GpsIfd(CapturePosition c)
    {
        var (latD, latM, latS) = GpsRational.Split(c.LatitudeDegrees);
        var (lonD, lonM, lonS) = GpsRational.Split(c.LongitudeDegrees);
        return new TiffIfdBuilder()
            .Bytes(0, TiffIfdBuilder.TypeByte, [2, 3, 0, 0])
            .Ascii(1, c.LatitudeDegrees >= 0 ? "N" : "S")
            .Rational(2, (latD, 1), (latM, 1), (latS, GpsRational.SecondsDenominator))
            .Ascii(3, c.LongitudeDegrees >= 0 ? "E" : "W")
            .Rational(4, (lonD, 1), (lonM, 1), (lonS, GpsRational.SecondsDenominator))
            .Bytes(5, TiffIfdBuilder.TypeByte, [(byte)(c.AltitudeMeters >= 0 ? 0 : 1)])
            .Rational(6, ((uint)Math.Round(Math.Abs(c.AltitudeMeters) * 1000), 1000));
    }
}
