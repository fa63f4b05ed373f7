using DroneInspect.Ingestion.Intake;

namespace DroneInspect.Cli.Reports;

/// <summary>
/// Pairs the given files by name alone (no file is opened), so `metadata` can stream: DJI _W/_Z/_T names and
/// trailing _T/_R/_W/_Z/_V suffixes through <see cref="CapturePairing"/>.
/// </summary>
public static class NamePairing
{
    private static readonly string[] ThermalExtensions = [".fff", ".tif", ".tiff"];

    /// <summary>For each path: its capture id and the other given files of the same capture.</summary>
    public static IReadOnlyDictionary<string, (string CaptureId, IReadOnlyList<string> Partners)> Pair(IEnumerable<string> paths)
    {
        var files = paths.Distinct(StringComparer.Ordinal).Select(p => new FlightFile(p, string.Empty, 0, KindFromName(p)));
        var result = new Dictionary<string, (string, IReadOnlyList<string>)>(StringComparer.Ordinal);
        foreach (var pair in CapturePairing.Pair(files))
        {
            string?[] members = [pair.RgbPath, pair.ThermalPath];
            foreach (var member in members.OfType<string>())
            {
                result[member] = (pair.CaptureId, members.OfType<string>().Where(m => m != member).ToList());
            }
        }

        return result;
    }

    private static CaptureKind KindFromName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var thermal = ThermalExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
            || stem.EndsWith("_T", StringComparison.OrdinalIgnoreCase) || stem.EndsWith("_R", StringComparison.OrdinalIgnoreCase);
        return thermal ? CaptureKind.Thermal : CaptureKind.Rgb;
    }
}
