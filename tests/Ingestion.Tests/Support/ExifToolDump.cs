using System.Globalization;
using System.Text.RegularExpressions;

namespace DroneInspect.Ingestion.Tests.Support;

/// <summary>
/// A published ExifTool text dump, either "Tag Name : value" lines or "[group] id - Tag Name: value" lines.
/// Values are the printed ones, so numeric comparisons allow for the printed precision.
/// </summary>
public sealed partial class ExifToolDump
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    private ExifToolDump(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var text = line;
            if (text.StartsWith('['))
            {
                var dash = text.IndexOf(" - ", StringComparison.Ordinal);
                if (dash < 0)
                {
                    continue;
                }

                text = text[(dash + 3)..];
            }

            var colon = text.IndexOf(':');
            if (colon > 0)
            {
                _values.TryAdd(text[..colon].Trim(), text[(colon + 1)..].Trim());
            }
        }
    }

    public static ExifToolDump Load(string path) => new(File.ReadLines(path));

    /// <summary>The dump beside a sample file (*.exiftool*.txt or *.expected.txt).</summary>
    public static ExifToolDump For(string samplePath)
    {
        var dir = Path.GetDirectoryName(samplePath)!;
        var stem = Path.GetFileNameWithoutExtension(samplePath);
        var dump = Directory.GetFiles(dir, stem + ".*.txt").Single();
        return Load(dump);
    }

    public string? this[string name] => _values.TryGetValue(name, out var v) ? v : null;

    /// <summary>The first number in the value ("1.00 m" gives 1.00).</summary>
    public double Number(string name)
    {
        var value = this[name] ?? throw new KeyNotFoundException($"Dump has no '{name}'.");
        var m = NumberPattern().Match(value);
        return m.Success ? double.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture) : throw new FormatException($"'{name}' = '{value}' has no number.");
    }

    /// <summary>Half a unit in the last printed decimal of the value: the rounding ExifTool applied.</summary>
    public double PrintedTolerance(string name)
    {
        var m = NumberPattern().Match(this[name]!);
        var dot = m.Value.IndexOf('.');
        var decimals = dot < 0 ? 0 : m.Value.Length - dot - 1;
        return 0.5 * Math.Pow(10, -decimals) * 1.0001;
    }

    /// <summary>Half a unit in the last of <paramref name="digits"/> significant digits (ExifTool's %.8g for Planck values).</summary>
    public double SignificantTolerance(string name, int digits = 8)
    {
        var v = Math.Abs(Number(name));
        return v == 0 ? 1e-12 : 0.5 * Math.Pow(10, Math.Floor(Math.Log10(v)) - (digits - 1)) * 1.0001;
    }

    /// <summary>Signed decimal degrees from a "49 deg 0' 38.52\" N" value.</summary>
    public double Degrees(string name)
    {
        var m = DmsPattern().Match(this[name]!);
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            + (double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) / 60)
            + (double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) / 3600);
        return m.Groups[4].Value is "S" or "W" ? -value : value;
    }

    [GeneratedRegex(@"[-+]?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(\d+) deg (\d+)' ([\d.]+)"" ([NSEW])")]
    private static partial Regex DmsPattern();
}
