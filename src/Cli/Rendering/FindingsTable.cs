using System.Globalization;
using System.Text;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Rendering;

/// <summary>A plain-text table of findings for the terminal, largest delta-T first.</summary>
public static class FindingsTable
{
    private static readonly string[] Headers = ["Grade", "Kind", "Asset", "Component", "Tmax", "dT", "Sightings"];

    /// <summary>Columns aligned right (numbers) rather than left (text).</summary>
    private static readonly bool[] RightAligned = [false, false, false, false, true, true, true];

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
            .OrderByDescending(f => f.DeltaTKelvin ?? double.MinValue)
            .ThenByDescending(f => f.MaxTemperatureCelsius ?? double.MinValue)
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
        finding.Grade,
        finding.Kind,
        finding.AssetId ?? "-",
        finding.Component ?? "-",
        Temperature(finding),
        Delta(finding),
        finding.SightingCount.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Counts, not Celsius, when the camera gives no absolute temperatures (DJI without its SDK).</summary>
    private static string Temperature(Finding finding) =>
        finding.MaxTemperatureCelsius is null ? "-"
        : finding.Absolute ? Number(finding.MaxTemperatureCelsius, "0.0") + " C"
        : Number(finding.MaxTemperatureCelsius, "0") + " counts";

    private static string Delta(Finding finding) =>
        finding.DeltaTKelvin is null ? "-"
        : finding.Absolute ? Number(finding.DeltaTKelvin, "0.0") + " K"
        : Number(finding.DeltaTKelvin, "0") + " counts";

    private static string Number(double? value, string format) =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";

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
