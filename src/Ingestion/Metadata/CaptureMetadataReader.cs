using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Flir;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Xmp;
using Directory = MetadataExtractor.Directory;

namespace DroneInspect.Ingestion.Metadata;

/// <summary>Reads EXIF, GPS and DJI XMP pose from a capture.</summary>
public static class CaptureMetadataReader
{
    private const int TagOffsetTimeOriginal = 0x9011;
    private const int TagFocalPlaneXResolution = 0xA20E;
    private const int TagFocalPlaneYResolution = 0xA20F;
    private const int TagExifImageWidth = 0xA002;
    private const int TagExifImageHeight = 0xA003;
    private const int TagGpsAltitudeRef = 5;
    private const int TagGpsAltitude = 6;

    /// <summary>Reads what the file holds; missing fields are null. Throws <see cref="InvalidDataException"/> for a file that is not an image.</summary>
    public static CaptureMetadata Read(string path) =>
        Read(path, File.ReadAllBytes(path)); // disk errors surface as IOException; parse errors are the data's

    /// <summary>Reads the metadata of a file whose content the caller has already read (one read per file in a flight).</summary>
    public static CaptureMetadata Read(string path, byte[] bytes)
    {
        var name = Path.GetFileName(path);
        if (FffDirectory.HasMagic(bytes))
        {
            return FromFlirRecord(path, ReadFlir(bytes, name) ?? throw new InvalidDataException($"{name} is a damaged FLIR FFF file."));
        }

        IReadOnlyList<Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(new MemoryStream(bytes, writable: false));
        }
        catch (ImageProcessingException e)
        {
            throw new InvalidDataException($"{name} is not an image: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new InvalidDataException($"{name} is damaged or truncated: {e.Message}", e);
        }

        var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
        var exif = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        var jpeg = directories.OfType<JpegDirectory>().FirstOrDefault();
        var make = ifd0?.GetString(ExifDirectoryBase.TagMake)?.Trim();
        var flir = make?.Contains("FLIR", StringComparison.OrdinalIgnoreCase) == true ? ReadFlir(bytes, name) : null;
        var unit = exif is not null && exif.TryGetInt32(ExifDirectoryBase.TagFocalPlaneResolutionUnit, out var u) ? u : 2;
        var xResolution = PerMillimeter(Rational(exif, TagFocalPlaneXResolution), unit);
        return new CaptureMetadata(
            path,
            make,
            ifd0?.GetString(ExifDirectoryBase.TagModel)?.Trim(),
            flir?.CameraInfo.CaptureTime ?? ReadCaptureTime(exif),
            ReadGps(directories.OfType<GpsDirectory>().FirstOrDefault()) ?? flir?.Gps,
            DjiPoseReader.Read(directories.OfType<XmpDirectory>()),
            Rational(exif, ExifDirectoryBase.TagFocalLength),
            exif is not null && exif.TryGetDouble(ExifDirectoryBase.Tag35MMFilmEquivFocalLength, out var f35) && f35 > 0 ? f35 : null,
            xResolution,
            PerMillimeter(Rational(exif, TagFocalPlaneYResolution), unit),
            Int(jpeg, JpegDirectory.TagImageWidth) ?? Int(exif, TagExifImageWidth) ?? Int(ifd0, ExifDirectoryBase.TagImageWidth),
            Int(jpeg, JpegDirectory.TagImageHeight) ?? Int(exif, TagExifImageHeight) ?? Int(ifd0, ExifDirectoryBase.TagImageHeight))
        {
            FocalPlaneResolutionUnit = xResolution is null ? null : unit switch { 2 => "inch", 3 => "cm", _ => "mm" },
        };
    }

    private static FlirRecord? ReadFlir(byte[] bytes, string name)
    {
        try
        {
            return FlirReader.Read(bytes, name, decodePixels: false);
        }
        catch (ThermalFormatException)
        {
            return null; // the FLIR record is optional for metadata; the thermal decoder reports its damage
        }
    }

    private static CaptureMetadata FromFlirRecord(string path, FlirRecord flir) => new(
        path, "FLIR", flir.CameraInfo.CameraModel, flir.CameraInfo.CaptureTime, flir.Gps, null,
        null, null, null, null, flir.RawImage.Width, flir.RawImage.Height);

    private static DateTimeOffset? ReadCaptureTime(ExifSubIfdDirectory? exif)
    {
        if (exif is null || !exif.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var local))
        {
            return null;
        }

        var offsetText = exif.GetString(TagOffsetTimeOriginal)?.Trim();
        var offset = offsetText is not null && TimeSpan.TryParseExact(offsetText.TrimStart('+', '-'), @"hh\:mm", System.Globalization.CultureInfo.InvariantCulture, out var o)
            ? (offsetText.StartsWith('-') ? -o : o)
            : TimeSpan.Zero; // no offset stated: the camera clock is taken as UTC
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
    }

    private static GpsPosition? ReadGps(GpsDirectory? gps)
    {
        var location = gps?.GetGeoLocation();
        if (gps is null || location is null || (location.Latitude == 0 && location.Longitude == 0))
        {
            return null;
        }

        double? altitude = Rational(gps, TagGpsAltitude);
        if (altitude is not null && gps.TryGetInt32(TagGpsAltitudeRef, out var below) && below == 1)
        {
            altitude = -altitude;
        }

        return new GpsPosition(location.Latitude, location.Longitude, altitude);
    }

    private static double? PerMillimeter(double? resolution, int unit) => resolution is not { } r || r <= 0 ? null : unit switch
    {
        2 => r / 25.4,
        3 => r / 10,
        4 => r,
        _ => null,
    };

    private static double? Rational(Directory? d, int tag) =>
        d is not null && d.TryGetRational(tag, out var r) && r.Denominator != 0 ? r.ToDouble() : null;

    private static int? Int(Directory? d, int tag) => d is not null && d.TryGetInt32(tag, out var v) && v > 0 ? v : null;
}
