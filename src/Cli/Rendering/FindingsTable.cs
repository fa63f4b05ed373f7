using System.Globalization;
using System.Text;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Rendering;

/// <summary>
/// A plain-text table of findings for the terminal, worst first (headline grade's severity on its scale, then delta-T). The
/// grade is always shown with its standard; Tmax, reference and delta-T come from the one capture that graded the
/// finding, and delta-T is shown as the difference of the Tmax and reference shown.
/// </summary>
public static class FindingsTable
{
    private static readonly string[] Headers = ["Id", "Grade", "Standard", "Kind", "Asset", "Component", "Tmax", "Ref", "dT", "Sightings"];

    /// <summary>Columns aligned right (numbers) rather than left (text).</summary>
    private static readonly bool[] RightAligned = [false, false, false, false, false, false, true, true, true, true];

    /// <summary>Printed under a table with findings in counts: what they are, in plain words.</summary>
    public const string RelativeNote =
        "Values in counts are uncalibrated sensor counts, relative only, not temperatures (DJI Thermal SDK not configured).";

    public static string Render(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return "No findings." + Environment.NewLine;
        }

        var rows = findings
            .OrderByDescending(f => f.HeadlineSeverity)
            .ThenByDescending(f => f.DeltaTKelvin ?? double.MinValue)
            .Select(Cells)
            .ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();

        var text = new StringBuilder();
        AppendRow(text, Headers, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        if (findings.Any(f => !f.Absolute))
        {
            text.Append(Environment.NewLine).Append(RelativeNote).Append(Environment.NewLine);
        }

        return text.ToString();
    }

    private static string[] Cells(Finding finding) =>
    [
        finding.Id,
        finding.Grade,
        finding.GradeStandard ?? "-",
        finding.Kind,
        finding.AssetId ?? "-",
        finding.Component ?? "-",
        Temperature(finding, finding.MaxTemperatureCelsius),
        Temperature(finding, finding.ReferenceTemperatureCelsius),
        Delta(finding),
        finding.SightingCount.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Counts, not Celsius, when the camera gives no absolute temperatures (DJI without its SDK).</summary>
    private static string Temperature(Finding finding, double? value) =>
        value is not { } v || !double.IsFinite(v) ? "-"
        : finding.Absolute ? Number(Shown(finding, v), "0.0") + " C"
        : Number(Shown(finding, v), "0") + " counts";

    /// <summary>The difference of the Tmax and reference as shown, so the row reads Tmax - Ref = dT exactly.</summary>
    private static string Delta(Finding finding)
    {
        var delta = finding.MaxTemperatureCelsius is { } t && finding.ReferenceTemperatureCelsius is { } r && double.IsFinite(t) && double.IsFinite(r)
            ? Shown(finding, t) - Shown(finding, r)
            : finding.DeltaTKelvin;
        return delta is not { } d || !double.IsFinite(d) ? "-"
            : finding.Absolute ? Number(d, "0.0") + " K"
            : Number(d, "0") + " counts";
    }

    /// <summary>A value rounded as the table shows it: 0.1 C, or whole counts.</summary>
    private static double Shown(Finding finding, double value) => Math.Round(value, finding.Absolute ? 1 : 0, MidpointRounding.AwayFromZero);

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = RightAligned[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
            text.Append(i == 0 ? cell : "  " + cell);
        }

        text.Append(Environment.NewLine);
    }
}
