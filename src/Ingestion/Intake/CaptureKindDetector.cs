using DroneInspect.Ingestion.Thermal.Flir;
using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Intake;

/// <summary>Decides whether a file is an RGB or a thermal capture from its first bytes and its name.</summary>
public static class CaptureKindDetector
{
    /// <summary>How much of a file is read to decide (FLIR and DJI thermal segments start early in the header).</summary>
    public const int SniffBytes = 256 * 1024;

    private static readonly string[] ThermalSuffixes = ["_T", "_R"];
    private static readonly string[] RgbSuffixes = ["_W", "_Z", "_V", "_S"];

    /// <summary>The kind, or null with <paramref name="reason"/> when the content is no supported image.</summary>
    public static CaptureKind? Detect(string fileName, ReadOnlySpan<byte> head, out string? reason)
    {
        reason = null;
        if (FffDirectory.HasMagic(head) || IsTiff(head))
        {
            return CaptureKind.Thermal;
        }

        if (!JpegSegmentReader.IsJpeg(head))
        {
            reason = "not an image (content is not JPEG, TIFF or FLIR FFF)";
            return null;
        }

        foreach (var segment in JpegSegmentReader.Read(head, tolerateTruncation: true))
        {
            if (segment.Marker == JpegSegment.App3 || FlirJpegExtractor.IsFlirSegment(segment, head))
            {
                return CaptureKind.Thermal;
            }
        }

        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (ThermalSuffixes.Any(s => stem.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return CaptureKind.Thermal;
        }

        return CaptureKind.Rgb; // _W/_Z/_V or a plain JPEG
    }

    /// <summary>True for names that mark an RGB stream of a DJI capture.</summary>
    public static bool HasRgbSuffix(string stem) => RgbSuffixes.Any(s => stem.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static bool IsTiff(ReadOnlySpan<byte> b) =>
        b.Length >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0) || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42));
}
