using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DroneInspect.Vision.Detection;

/// <summary>Class names of a model: from its "names" metadata (Ultralytics writes "{0: 'person', 1: 'bicycle'}") or a model.json beside it.</summary>
public static partial class ModelClassNames
{
    public const string MetadataKey = "names";
    public const string SidecarFileName = "model.json";

    /// <summary>Parses the Ultralytics dict-like string; null when it holds no entries.</summary>
    public static IReadOnlyList<string>? ParseMetadata(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var byId = new SortedDictionary<int, string>();
        foreach (Match match in DictEntry().Matches(value))
        {
            byId[int.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture)] = match.Groups["name"].Value;
        }

        if (byId.Count == 0)
        {
            return null;
        }

        var names = new string[byId.Keys.Max() + 1];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = byId.TryGetValue(i, out var name) ? name : Fallback(i);
        }

        return names;
    }

    /// <summary>Reads {"names": [...]} from model.json beside the model; null when there is none.</summary>
    /// <exception cref="DetectorException">The file exists but is not valid.</exception>
    public static IReadOnlyList<string>? ReadSidecar(string modelPath)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        string path = Path.Combine(folder ?? ".", SidecarFileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (!document.RootElement.TryGetProperty(MetadataKey, out var names) || names.ValueKind != JsonValueKind.Array)
            {
                throw new DetectorException($"{path}: expected {{\"names\": [...]}}.");
            }

            return names.EnumerateArray().Select((n, i) => n.GetString() ?? Fallback(i)).ToList();
        }
        catch (JsonException ex)
        {
            throw new DetectorException($"{path}: not valid JSON: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new DetectorException($"{path}: names must be strings: {ex.Message}", ex);
        }
    }

    public static string NameOf(IReadOnlyList<string> names, int classId) =>
        classId >= 0 && classId < names.Count ? names[classId] : Fallback(classId);

    private static string Fallback(int classId) => "class" + classId.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<id>\d+)\s*:\s*(?<q>['""])(?<name>.*?)\k<q>", RegexOptions.CultureInvariant)]
    private static partial Regex DictEntry();
}
