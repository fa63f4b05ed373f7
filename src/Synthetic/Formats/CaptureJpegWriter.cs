using System.Globalization;
using DroneInspect.Synthetic.Camera;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace DroneInspect.Synthetic.Formats;

/// <summary>
/// Encodes a capture as a DJI-style JPEG: pixels and EXIF (make, model, time, GPS, focal data) through ImageSharp,
/// then the drone-dji XMP packet and any further APP segments (FLIR records) inserted after the EXIF segment.
/// </summary>
internal static class CaptureJpegWriter
{
    public const string Make = "DJI";
    public const string Model = "M30T";
    private const int Quality = 92;

    /// <param name="bgrPixels">Row-major 8-bit BGR pixels of <paramref name="camera"/>'s size.</param>
    public static byte[] Encode(byte[] bgrPixels, CameraIntrinsics camera, CapturePosition capture,
        IReadOnlyList<(byte Marker, byte[] Payload)>? extraSegments = null)
    {
        using var image = Image.LoadPixelData<Bgr24>(bgrPixels, camera.WidthPixels, camera.HeightPixels);
        image.Metadata.ExifProfile = BuildExif(camera, capture);
        byte[] encoded;
        using (var stream = new MemoryStream())
        {
            image.Save(stream, new JpegEncoder { Quality = Quality });
            encoded = stream.ToArray();
        }

        var segments = new List<(byte, byte[])> { (0xE1, DjiXmpPacket.ToApp1Payload(DjiXmpPacket.Build(capture, Model))) };
        if (extraSegments is not null)
        {
            segments.AddRange(extraSegments);
        }

        return JpegSegments.InsertAfterExif(encoded, segments);
    }

    private static ExifProfile BuildExif(CameraIntrinsics camera, CapturePosition c)
    {
        // Tags set in ascending tag order per directory, so the directories come out sorted as TIFF requires.
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, Make);
        exif.SetValue(ExifTag.Model, Model);
        exif.SetValue(ExifTag.XResolution, new Rational(72, 1));
        exif.SetValue(ExifTag.YResolution, new Rational(72, 1));
        exif.SetValue(ExifTag.ResolutionUnit, (ushort)2);
        exif.SetValue(ExifTag.Software, "DroneInspect synthetic sample");
        exif.SetValue(ExifTag.YCbCrPositioning, (ushort)1);
        exif.SetValue(ExifTag.ExifVersion, "0231"u8.ToArray());
        exif.SetValue(ExifTag.DateTimeOriginal, c.CaptureTime.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture));
        exif.SetValue(ExifTag.OffsetTimeOriginal, c.CaptureTime.ToString("zzz", CultureInfo.InvariantCulture));
        exif.SetValue(ExifTag.ComponentsConfiguration, new byte[] { 1, 2, 3, 0 });
        exif.SetValue(ExifTag.FocalLength, new Rational((uint)Math.Round(camera.FocalLengthMillimeters * 100), 100));
        exif.SetValue(ExifTag.FlashpixVersion, "0100"u8.ToArray());
        exif.SetValue(ExifTag.ColorSpace, (ushort)1);
        exif.SetValue(ExifTag.PixelXDimension, (Number)camera.WidthPixels);
        exif.SetValue(ExifTag.PixelYDimension, (Number)camera.HeightPixels);
        var (xn, xd) = camera.FocalPlaneXResolutionPerCm;
        var (yn, yd) = camera.FocalPlaneYResolutionPerCm;
        exif.SetValue(ExifTag.FocalPlaneXResolution, new Rational(xn, xd));
        exif.SetValue(ExifTag.FocalPlaneYResolution, new Rational(yn, yd));
        exif.SetValue(ExifTag.FocalPlaneResolutionUnit, (ushort)3); // centimetres
        exif.SetValue(ExifTag.FocalLengthIn35mmFilm, (ushort)camera.FocalLengthIn35mmFilm);
        exif.SetValue(ExifTag.GPSVersionID, new byte[] { 2, 3, 0, 0 });
        exif.SetValue(ExifTag.GPSLatitudeRef, c.LatitudeDegrees >= 0 ? "N" : "S");
        exif.SetValue(ExifTag.GPSLatitude, Dms(c.LatitudeDegrees));
        exif.SetValue(ExifTag.GPSLongitudeRef, c.LongitudeDegrees >= 0 ? "E" : "W");
        exif.SetValue(ExifTag.GPSLongitude, Dms(c.LongitudeDegrees));
        exif.SetValue(ExifTag.GPSAltitudeRef, (byte)(c.AltitudeMeters >= 0 ? 0 : 1));
        exif.SetValue(ExifTag.GPSAltitude, new Rational((uint)Math.Round(Math.Abs(c.AltitudeMeters) * 1000), 1000));
        exif.SetValue(ExifTag.GPSMapDatum, "WGS-84");
        return exif;
    }

    private static Rational[] Dms(double degrees)
    {
        var (d, m, s) = GpsRational.Split(degrees);
        return [new Rational(d, 1), new Rational(m, 1), new Rational(s, GpsRational.SecondsDenominator)];
    }
}
