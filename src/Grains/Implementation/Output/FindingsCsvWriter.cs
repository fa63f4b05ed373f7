using System.Globalization;
using System.Text;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Output;

/// <summary>
/// Writes findings as CSV (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line breaks quoted,
/// quotes doubled) with a header row; numbers in the invariant culture, empty when unknown; captures joined with ';'.
/// Degrees WGS84, altitude metres above sea level. Temperatures sit in the Celsius columns only for absolute findings;
/// a relative finding's sensor counts go in the count columns ("unit" says which). The grade is always given with its
/// standard ("gradeStandard"), and "grades" lists the worst level on every standard ("level (standard); ...").
/// Columns added since the first version come last, so existing columns keep their positions. Text that a spreadsheet
/// would run as a formula is neutralised (<see cref="CsvCells"/>).
/// </summary>
public static class FindingsCsvWriter
{
    public const string FileName = "findings.csv";

    public static readonly string[] Columns =
    [
        "id", "kind", "assetId", "component", "grade", "rule", "tmaxCelsius", "referenceCelsius", "deltaTKelvin",
        "sightingCount", "uncertaintyMeters", "latitude", "longitude", "altitudeMeters", "captures", "unit",
        "gradeStandard", "grades", "tmaxCounts", "referenceCounts", "deltaCounts", "relativeDifferencePercent", "gradingCapture",
        "referenceSource", "ambientCelsius", "reviewState", "reviewStandard", "reviewLevel", "reviewedBy", "reviewedAtUtc",
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
                Number(Celsius(f, f.MaxTemperatureCelsius), "0.##"), Number(Celsius(f, f.ReferenceTemperatureCelsius), "0.##"),
                Number(Celsius(f, f.DeltaTKelvin), "0.##"),
                f.SightingCount.ToString(CultureInfo.InvariantCulture), Number(f.UncertaintyMeters, "0.##"),
                Number(f.LatitudeDegrees, "0.########"), Number(f.LongitudeDegrees, "0.########"), Number(f.AltitudeMeters, "0.##"),
                string.Join(';', f.Captures), f.ValueUnit,
                f.GradeStandard, string.Join("; ", f.Grades.Select(g => g.Describe())),
                Number(Counts(f, f.MaxTemperatureCelsius), "0.##"), Number(Counts(f, f.ReferenceTemperatureCelsius), "0.##"),
                Number(Counts(f, f.DeltaTKelvin), "0.##"), Number(f.RelativeDifferencePercent, "0.##"), f.GradingCaptureId,
                f.ReferenceSource, Number(Celsius(f, f.AmbientTemperatureCelsius), "0.##"),
                f.Review.State, f.Review.Standard, f.Review.Level, f.Review.LastBy,
                f.Review.LastAtUtc?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
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

            csv.Append(CsvCells.Escape(fields[i]));
        }

        csv.Append("\r\n");
    }

    private static double? Celsius(Finding f, double? value) => f.Absolute ? value : null;

    private static double? Counts(Finding f, double? value) => f.Absolute ? null : value;

    private static string Number(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : string.Empty;
}
