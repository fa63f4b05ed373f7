using System.Globalization;
using System.Text;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Output;

/// <summary>
/// Writes findings as CSV (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line breaks quoted,
/// quotes doubled) with a header row; numbers in the invariant culture, empty when unknown; captures joined with ';'.
/// Degrees WGS84, altitude metres above sea level, temperatures Celsius (counts for relative maps: the "unit" column says which).
/// </summary>
public static class FindingsCsvWriter
{
    public const string FileName = "findings.csv";

    public static readonly string[] Columns =
    [
        "id", "kind", "assetId", "component", "grade", "rule", "tmaxCelsius", "referenceCelsius", "deltaTKelvin",
        "sightingCount", "uncertaintyMeters", "latitude", "longitude", "altitudeMeters", "captures", "unit",
    ];

    public static string ToCsv(IReadOnlyList<Finding> findings)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        foreach (var f in findings)
        {
            AppendRow(csv,
            [
                f.Id, f.Kind, f.AssetId, f.Component, f.Grade, f.RuleId,
                Number(f.MaxTemperatureCelsius, "0.##"), Number(f.ReferenceTemperatureCelsius, "0.##"), Number(f.DeltaTKelvin, "0.##"),
                f.SightingCount.ToString(CultureInfo.InvariantCulture), Number(f.UncertaintyMeters, "0.##"),
                Number(f.LatitudeDegrees, "0.########"), Number(f.LongitudeDegrees, "0.########"), Number(f.AltitudeMeters, "0.##"),
                string.Join(';', f.Captures), FindingsGeoJsonWriter.UnitOf(f),
            ]);
        }

        return csv.ToString();
    }

    /// <summary>Writes <see cref="FileName"/> in <paramref name="outputFolder"/> atomically; returns its path.</summary>
    public static string Write(string outputFolder, IReadOnlyList<Finding> findings)
    {
        var path = Path.Combine(outputFolder, FileName);
        AtomicFile.WriteAllText(path, ToCsv(findings));
        return path;
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Escape(fields[i]));
        }

        csv.Append("\r\n");
    }

    private static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static string Number(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : string.Empty;
}
