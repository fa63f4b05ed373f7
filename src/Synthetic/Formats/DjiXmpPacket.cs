using System.Globalization;
using System.Text;
using DroneInspect.Synthetic.Camera;

namespace DroneInspect.Synthetic.Formats;

/// <summary>
/// The XMP packet a DJI drone writes: drone-dji pose values as strings with an explicit sign ("+12.30").
/// Optional extra attributes (e.g. a TIFF's temperature gain) go into their own namespace.
/// </summary>
internal static class DjiXmpPacket
{
    public const string DroneDjiNamespace = "http://www.dji.com/drone-dji/1.0/";
    public const string RadiometryNamespace = "http://ns.droneinspect.org/radiometry/1.0/";
    private static readonly byte[] App1Header = "http://ns.adobe.com/xap/1.0/\0"u8.ToArray();

    public static string Build(CapturePosition c, string model, IReadOnlyDictionary<string, string>? radiometry = null)
    {
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        sb.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        sb.Append("  <rdf:Description rdf:about=\"DJI Meta Data\"\n");
        sb.Append("    xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\"\n");
        sb.Append("    xmlns:drone-dji=\"").Append(DroneDjiNamespace).Append('"');
        if (radiometry is not null)
        {
            sb.Append("\n    xmlns:radiometry=\"").Append(RadiometryNamespace).Append('"');
        }

        sb.Append("\n    tiff:Make=\"DJI\"\n    tiff:Model=\"").Append(model).Append('"');
        Attribute(sb, "drone-dji:AbsoluteAltitude", Signed(c.AltitudeMeters, 3));
        Attribute(sb, "drone-dji:RelativeAltitude", Signed(c.RelativeAltitudeMeters, 3));
        Attribute(sb, "drone-dji:GimbalRollDegree", Signed(c.GimbalRollDegrees, 2));
        Attribute(sb, "drone-dji:GimbalYawDegree", Signed(c.GimbalYawDegrees, 2));
        Attribute(sb, "drone-dji:GimbalPitchDegree", Signed(c.GimbalPitchDegrees, 2));
        Attribute(sb, "drone-dji:FlightRollDegree", Signed(c.FlightRollDegrees, 2));
        Attribute(sb, "drone-dji:FlightYawDegree", Signed(c.FlightYawDegrees, 2));
        Attribute(sb, "drone-dji:FlightPitchDegree", Signed(c.FlightPitchDegrees, 2));
        foreach (var (name, value) in radiometry ?? new Dictionary<string, string>())
        {
            Attribute(sb, "radiometry:" + name, value);
        }

        sb.Append("/>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return sb.ToString();
    }

    /// <summary>The packet as a JPEG APP1 payload (Adobe XMP header first).</summary>
    public static byte[] ToApp1Payload(string packet) => [.. App1Header, .. Encoding.UTF8.GetBytes(packet)];

    /// <summary>DJI style: explicit sign, fixed decimals, invariant culture ("+12.30", "-45.00").</summary>
    public static string Signed(double value, int decimals)
    {
        string text = Math.Abs(value).ToString("F" + decimals, CultureInfo.InvariantCulture);
        return (value < 0 && text.Any(ch => ch is >= '1' and <= '9') ? "-" : "+") + text;
    }

    private static void Attribute(StringBuilder sb, string name, string value) =>
        sb.Append("\n    ").Append(name).Append("=\"").Append(value).Append('"');
}
