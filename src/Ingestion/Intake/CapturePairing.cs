using System.Text.RegularExpressions;

namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// Pairs the RGB and thermal files of one capture moment. DJI names <c>DJI_&lt;yyyyMMddHHmmss&gt;_&lt;index&gt;_&lt;W|Z|V|T&gt;</c>
/// group by timestamp and index; other files by their base name with a trailing _T/_R/_W/_Z/_V removed. Of several
/// RGB streams the wide one (W) is preferred, then V, Z; a file left over gets a pair of its own. Non-DJI files
/// that their names leave alone can then be paired by capture time (see the overload taking facts). Ordered by capture id.
/// </summary>
public static partial class CapturePairing
{
    /// <summary>Default largest difference in capture time for two files to be one capture.</summary>
    public static readonly TimeSpan DefaultTimeTolerance = TimeSpan.FromSeconds(1);

    private static readonly string[] RgbPreference = ["W", "V", "Z", "S", ""];

    /// <summary>Pairs by name only.</summary>
    public static IReadOnlyList<CapturePair> Pair(IEnumerable<FlightFile> files) => Pair(files, _ => null, TimeSpan.Zero);

    /// <summary>
    /// Pairs by name, then pairs a lone non-DJI thermal file with the lone non-DJI RGB file closest in capture time,
    /// when they are at most <paramref name="timeTolerance"/> apart (closest pairs first; ties by name). The pair of a
    /// thermal file that carries its own visual image has <see cref="CapturePair.EmbeddedVisual"/> set.
    /// <paramref name="facts"/> is asked once per file and may return null when nothing is known.
    /// </summary>
    public static IReadOnlyList<CapturePair> Pair(IEnumerable<FlightFile> files, Func<FlightFile, CaptureFacts?> facts, TimeSpan timeTolerance)
    {
        var known = new Dictionary<string, CaptureFacts?>(StringComparer.Ordinal);
        CaptureFacts? Facts(FlightFile f)
        {
            if (!known.TryGetValue(f.Path, out var v))
            {
                known[f.Path] = v = facts(f);
            }

            return v;
        }

        var byPath = new Dictionary<string, FlightFile>(StringComparer.Ordinal);
        var pairs = ByName(files, byPath);
        if (timeTolerance > TimeSpan.Zero)
        {
            pairs = CapturePairingByTime.Merge(pairs, p => byPath[p], Facts, timeTolerance);
        }

        return pairs
            .Select(p => p.ThermalPath is { } t && Facts(byPath[t])?.CarriesEmbeddedVisual == true ? p with { EmbeddedVisual = true } : p)
            .OrderBy(p => p.CaptureId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True for a file named the DJI way (those pair by name only).</summary>
    internal static bool IsDjiName(string path) => DjiName().IsMatch(Path.GetFileNameWithoutExtension(path));

    private static List<CapturePair> ByName(IEnumerable<FlightFile> files, Dictionary<string, FlightFile> byPath)
    {
        var groups = new SortedDictionary<string, List<(FlightFile File, string Stream)>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Kind != CaptureKind.Unknown).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            byPath[file.Path] = file;
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
