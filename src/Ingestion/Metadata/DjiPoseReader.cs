using System.Globalization;
using MetadataExtractor.Formats.Xmp;

namespace DroneInspect.Ingestion.Metadata;

/// <summary>Reads the drone-dji XMP pose DJI writes into every capture. Values carry explicit signs ("+87.243").</summary>
internal static class DjiPoseReader
{
    public static CapturePose? Read(IEnumerable<XmpDirectory> xmpDirectories)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var xmp in xmpDirectories)
        {
            foreach (var (key, value) in xmp.GetXmpProperties())
            {
                var colon = key.LastIndexOf(':');
                if (colon > 0 && key[..colon].EndsWith("drone-dji", StringComparison.OrdinalIgnoreCase))
                {
                    properties[key[(colon + 1)..]] = value;
                }
            }
        }

        if (properties.Count == 0)
        {
            return null;
        }

        var pose = new CapturePose(
            Number(properties, "GimbalYawDegree"),
            Number(properties, "GimbalPitchDegree"),
            Number(properties, "GimbalRollDegree"),
            Number(properties, "FlightYawDegree"),
            Number(properties, "FlightPitchDegree"),
            Number(properties, "FlightRollDegree"),
            Number(properties, "RelativeAltitude"),
            Number(properties, "AbsoluteAltitude"));
        return pose == new CapturePose(null, null, null, null, null, null, null, null) ? null : pose;
    }

    private static double? Number(Dictionary<string, string> properties, string name) =>
        properties.TryGetValue(name, out var text) && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : null;
}
