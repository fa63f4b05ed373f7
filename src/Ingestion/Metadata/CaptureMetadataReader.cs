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

    // Only what this reader uses: SOF (size), EXIF (camera, time, lens, GPS) and XMP (DJI pose). Each further reader
    // (ICC, Photoshop, FLIR's own, ...) parses segments nobody here reads.
    private static readonly IJpegSegmentMetadataReader[] JpegReaders = [new JpegReader(), new ExifReader(), new XmpReader()];

    /// <summary>Largest JPEG header (everything before the compressed image) read for metadata, in bytes.</summary>
    public const int MaxJpegHeaderBytes = 32 * 1024 * 1024;

    /// <summary>
    /// Reads what the file holds; missing fields are null. Only the metadata is read, never a whole large file: a
    /// JPEG up to its start-of-scan (FLIR and DJI thermal segments come before it), a TIFF through seeks to its
    /// directories. Throws <see cref="InvalidDataException"/> for a file that is not an image.
    /// </summary>
    public static CaptureMetadata Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024); // disk errors surface as IOException
        return Read(path, stream);
    }

    /// <summary>Reads the metadata of a file whose content the caller has already read (one read per file in a flight).</summary>
    public static CaptureMetadata Read(string path, byte[] bytes) => Read(path, bytes, bytes.Length);

    /// <summary>As <see cref="Read(string, byte[])"/> for the first <paramref name="length"/> bytes of a (pooled) buffer.</summary>
    public static CaptureMetadata Read(string path, byte[] buffer, int length)
    {
        using var stream = new MemoryStream(buffer, 0, length, writable: false);
        return Read(path, stream, new ArraySegment<byte>(buffer, 0, length));
    }

    /// <param name="whole">The file's bytes when the caller holds them: FLIR records are then read in place, not copied.</param>
    private static CaptureMetadata Read(string path, Stream stream, ArraySegment<byte>? whole = null)
    {
        var name = Path.GetFileName(path);
        Span<byte> magic = stackalloc byte[4];
        var magicLength = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        magic = magic[..magicLength];
        ArraySegment<byte>? header = null;
        if (FffDirectory.HasMagic(magic))
        {
            var fff = whole ?? ReadWhole(stream, name);
            return FromFlirRecord(path, ReadFlir(fff, name) ?? throw new InvalidDataException($"{name} is a damaged FLIR FFF file."));
        }

        if (Thermal.Jpeg.JpegSegmentReader.IsJpeg(magic))
        {
            header = JpegHeader(stream, name, keepOtherApp1: whole is null);
        }

        IReadOnlyList<Directory> directories;
        try
        {
            directories = header is null
                ? ImageMetadataReader.ReadMetadata(stream)
                : JpegMetadataReader.ReadMetadata(new MemoryStream(header.Value.Array!, header.Value.Offset, header.Value.Count, writable: false), JpegReaders);
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
        var flir = header is { } h && make?.Contains("FLIR", StringComparison.OrdinalIgnoreCase) == true ? ReadFlir(whole ?? h, name) : null;
        var unit = exif is not null && exif.TryGetInt32(ExifDirectoryBase.TagFocalPlaneResolutionUnit, out var u) ? u : 2;
        var xResolution = PerMillimeter(Rational(exif, TagFocalPlaneXResolution), unit);
        return new CaptureMetadata(
            path,
            make,
            ifd0?.GetString(ExifDirectoryBase.TagModel)?.Trim() is { Length: > 0 } model ? model : XmpCameraModel(directories),
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

    private static byte[] ReadWhole(Stream stream, string name)
    {
        if (stream.Length > ThermalFile.MaxBytes)
        {
            throw new InvalidDataException($"{name} is {stream.Length} bytes, too large for a FLIR FFF capture.");
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// The JPEG's APP1 (EXIF, XMP, FLIR) and SOF (image size) segments up to start-of-scan, followed by an empty
    /// start-of-scan and end-of-image: all the metadata this reader uses, without the compressed image or the other
    /// segments (a DJI R-JPEG's 640 kB of raw counts, ICC profiles, tables), which are skipped by seeking. A file that
    /// runs out (or breaks its marker chain) before its image data or end-of-image marker is damaged.
    /// </summary>
    /// <param name="keepOtherApp1">Keep APP1 segments other than EXIF and XMP (FLIR records); false when the caller reads them from the whole file.</param>
    private static ArraySegment<byte> JpegHeader(Stream stream, string name, bool keepOtherApp1)
    {
        var header = new MemoryStream(64 * 1024);
        Span<byte> marker = stackalloc byte[4];
        header.Write([0xFF, 0xD8]);
        stream.Position = 2;
        var endedCleanly = false; // at the image data or an explicit end-of-image, not at the end of the bytes
        while (stream.ReadAtLeast(marker[..2], 2, throwOnEndOfStream: false) == 2 && marker[0] == 0xFF)
        {
            if (marker[1] == 0xFF)
            {
                stream.Position--; // fill byte: the next 0xFF starts the marker
                continue;
            }

            if (marker[1] is 0xDA or 0xD9)
            {
                endedCleanly = true;
                break;
            }

            if (stream.ReadAtLeast(marker[2..], 2, throwOnEndOfStream: false) < 2)
            {
                break;
            }

            var length = (marker[2] << 8) | marker[3];
            if (length < 2 || stream.Position + length - 2 > MaxJpegHeaderBytes)
            {
                throw new InvalidDataException(length < 2
                    ? $"{name} is damaged: a JPEG segment declares the impossible length {length}."
                    : $"{name} has a JPEG header over {MaxJpegHeaderBytes} bytes; it is damaged or not a capture.");
            }

            if (stream.Length - stream.Position < length - 2)
            {
                break; // a segment cut off by the end of the file
            }

            if (!IsMetadataSegment(marker[1]) || (!keepOtherApp1 && marker[1] == 0xE1 && !IsExifOrXmp(stream, length - 2)))
            {
                stream.Position += length - 2;
                continue;
            }

            var start = header.Length;
            header.Write(marker);
            header.SetLength(start + 2 + length);
            stream.ReadExactly(header.GetBuffer().AsSpan((int)start + 4, length - 2));
            header.Position = header.Length;
        }

        if (!endedCleanly)
        {
            throw new InvalidDataException($"{name} is damaged or truncated: it ends before its image data.");
        }

        header.Write([0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9]); // an empty scan, so parsers stop where they stop in a whole file
        return new ArraySegment<byte>(header.GetBuffer(), 0, (int)header.Length);
    }

    /// <summary>True when the APP1 body at the stream's position starts as EXIF or XMP (standard or extended); the position is kept.</summary>
    private static bool IsExifOrXmp(Stream stream, int bodyLength)
    {
        Span<byte> start = stackalloc byte[35];
        var at = stream.Position;
        var got = stream.ReadAtLeast(start[..Math.Min(start.Length, bodyLength)], Math.Min(start.Length, bodyLength), throwOnEndOfStream: false);
        stream.Position = at;
        var head = start[..got];
        return head.StartsWith("Exif\0"u8) || head.StartsWith("http://ns.adobe.com/xap/1.0/\0"u8) || head.StartsWith("http://ns.adobe.com/xmp/extension/\0"u8);
    }

    /// <summary>APP1 (EXIF, XMP, FLIR records) and the start-of-frame markers (image size); DHT, JPG and DAC excluded.</summary>
    private static bool IsMetadataSegment(byte marker) => marker == 0xE1 || (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC);

    /// <summary>
    /// The camera model an XMP packet states (xmpDM:cameraModel, tiff:Model), for files whose EXIF has none: FLIR's
    /// radiometric TIFF exports carry the model only there.
    /// </summary>
    private static string? XmpCameraModel(IReadOnlyList<Directory> directories)
    {
        foreach (var xmp in directories.OfType<XmpDirectory>())
        {
            foreach (var (key, value) in xmp.GetXmpProperties())
            {
                if ((key.EndsWith(":cameraModel", StringComparison.Ordinal) || key == "tiff:Model") && value.Trim() is { Length: > 0 } model)
                {
                    return model;
                }
            }
        }

        return null;
    }

    private static FlirRecord? ReadFlir(ReadOnlySpan<byte> bytes, string name)
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
