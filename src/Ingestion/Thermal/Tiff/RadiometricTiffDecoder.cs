using System.Globalization;
using System.Text.RegularExpressions;
using OpenCvSharp;

namespace DroneInspect.Ingestion.Thermal.Tiff;

/// <summary>
/// Radiometric 16-bit TIFFs (FLIR Duo/Vue/XT2 exports, and the project's synthetic flights): each count times a
/// gain is Kelvin. The gain comes from the XMP packet when it states one (a property named
/// <see cref="GainProperty"/>, or one ending in "Gain"), else <see cref="DefaultKelvinPerCount"/>.
/// </summary>
public static partial class RadiometricTiffDecoder
{
    public const string Format = "radiometric-tiff";

    /// <summary>Kelvin per count FLIR uses for its high-resolution radiometric TIFFs.</summary>
    public const double DefaultKelvinPerCount = 0.04;

    /// <summary>XMP property (any namespace) stating the gain in Kelvin per count, e.g. <c>di:KelvinPerCount="0.04"</c>.</summary>
    public const string GainProperty = "KelvinPerCount";

    private const double KelvinOffset = 273.15;

    /// <summary>Decodes a TIFF's bytes into an absolute Celsius map.</summary>
    public static ThermalImage Decode(ReadOnlySpan<byte> tiff, string name)
    {
        var xmp = TiffXmpReader.ReadXmp(tiff);
        var gain = ReadGain(xmp) ?? DefaultKelvinPerCount;
        QuietOpenCv.Ensure();
        using var mat = Cv2.ImDecode(tiff, ImreadModes.Unchanged);
        if (mat.Empty())
        {
            throw new ThermalFormatException($"{name}: the TIFF image data could not be decoded (damaged or unsupported compression).");
        }

        if (mat.Type() != MatType.CV_16UC1)
        {
            throw new ThermalFormatException($"{name} is not radiometric: the TIFF holds {mat.Type()} pixels, not 16-bit single-channel counts.") { NotRadiometric = true };
        }

        mat.GetArray(out ushort[] counts);
        var celsius = new float[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            celsius[i] = (float)((counts[i] * gain) - KelvinOffset);
        }

        return new ThermalImage(Format, null, ReadCameraModel(xmp), new TemperatureMap(mat.Width, mat.Height, celsius, isAbsolute: true), null, null);
    }

    /// <summary>The camera model the XMP states (e.g. xmpDM:cameraModel), or null.</summary>
    public static string? ReadCameraModel(string? xmp) =>
        xmp is not null && CameraModelPattern().Match(xmp) is { Success: true } m ? m.Groups["v"].Value.Trim() : null;

    /// <summary>The gain (Kelvin per count) the XMP states, or null.</summary>
    public static double? ReadGain(string? xmp)
    {
        if (xmp is null)
        {
            return null;
        }

        var match = GainPattern().Match(xmp);
        if (!match.Success)
        {
            return null;
        }

        var text = match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["e"].Value;
        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var gain) && gain > 0 && gain < 10
            ? gain
            : throw new ThermalFormatException($"The TIFF's XMP states an unusable gain '{text}'.");
    }

    // Attribute form  ns:KelvinPerCount="0.04"  or element form  <ns:KelvinPerCount>0.04</ns:KelvinPerCount>.
    [GeneratedRegex("""\b(?:\w+:)?(?:KelvinPerCount|\w*Gain)(?:\s*=\s*["'](?<a>[^"']*)["']|>(?<e>[^<]*)<)""", RegexOptions.CultureInvariant)]
    private static partial Regex GainPattern();

    [GeneratedRegex("""(?:cameraModel|Model)(?:\s*=\s*["']|>)(?<v>[^"'<]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex CameraModelPattern();
}
