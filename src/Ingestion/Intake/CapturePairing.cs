using System.Text.RegularExpressions;

namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// Pairs the RGB and thermal files of one capture moment. DJI names <c>DJI_&lt;yyyyMMddHHmmss&gt;_&lt;index&gt;_&lt;W|Z|V|T&gt;</c>
/// group by timestamp and index; other files by their base name with a trailing _T/_R/_W/_Z/_V removed. Of several
/// RGB streams the wide one (W) is preferred, then V, Z; a file left over gets a pair of its own. Ordered by capture id.
/// </summary>
public static partial class CapturePairing
{
    private static readonly string[] RgbPreference = ["W", "V", "Z", "S", ""];

    public static IReadOnlyList<CapturePair> Pair(IEnumerable<FlightFile> files)
    {
        var groups = new SortedDictionary<string, List<(FlightFile File, string Stream)>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Kind != CaptureKind.Unknown).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var (id, stream) = Key(Path.GetFileNameWithoutExtension(file.Path));
            if (!groups.TryGetValue(id, out var list))
            {
                groups[id] = list = [];
            }

            list.Add((file, stream));
        }

        var pairs = new List<CapturePair>();
        foreach (var (id, members) in groups)
        {
            var rgb = new Queue<string>(members.Where(m => m.File.Kind == CaptureKind.Rgb)
                .OrderBy(m => Rank(m.Stream)).ThenBy(m => m.File.Path, StringComparer.Ordinal).Select(m => m.File.Path));
            var thermal = new Queue<string>(members.Where(m => m.File.Kind == CaptureKind.Thermal).Select(m => m.File.Path));
            var n = 0;
            while (rgb.Count > 0 || thermal.Count > 0)
            {
                pairs.Add(new CapturePair(n == 0 ? id : $"{id}#{n + 1}", rgb.TryDequeue(out var r) ? r : null, thermal.TryDequeue(out var t) ? t : null));
                n++;
            }
        }

        return pairs;
    }

    private static (string Id, string Stream) Key(string stem)
    {
        var dji = DjiName().Match(stem);
        if (dji.Success)
        {
            return ($"DJI_{dji.Groups["time"].Value}_{dji.Groups["index"].Value}", dji.Groups["stream"].Value.ToUpperInvariant());
        }

        var suffix = StreamSuffix().Match(stem);
        return suffix.Success ? (stem[..suffix.Index], suffix.Groups["stream"].Value.ToUpperInvariant()) : (stem, "");
    }

    private static int Rank(string stream)
    {
        var i = Array.IndexOf(RgbPreference, stream);
        return i < 0 ? RgbPreference.Length : i;
    }

    [GeneratedRegex(@"^DJI_(?<time>\d{14})_(?<index>\d{4})_(?<stream>[A-Z])(?:_|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DjiName();

    [GeneratedRegex(@"_(?<stream>[TRWZV])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreamSuffix();
}
