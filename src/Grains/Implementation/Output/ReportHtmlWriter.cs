using System.Globalization;
using System.Net;
using System.Text;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Output;

/// <summary>Writes a self-contained HTML report (inline style, no external URLs); every text from data is HTML-escaped.</summary>
public static class ReportHtmlWriter
{
    public const string FileName = "report.html";

    public const string AccuracyNote =
        "Drone thermal cameras are typically accurate to +-2..5 C; read small differences with that in mind. "
        + "Values marked 'counts' come from uncalibrated sensor counts: relative only, no temperature is claimed.";

    public const string RelativeSentence =
        "their values are uncalibrated sensor counts, not temperatures (DJI Thermal SDK not configured), so they show which "
        + "part is hotter than its surroundings but no Celsius value or temperature grade is claimed.";

    public const string GradingNote =
        "Each grade is named with its standard and ordered as that standard lists its levels; across standards, findings sort "
        + "by how far up its own scale each grade stands. A finding's Tmax, reference and delta-T come from the capture that "
        + "graded it, so Tmax - reference = delta-T; a capture counts once however many fragments of the hot spot it shows.";

    public static string ToHtml(FlightReport report)
    {
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>Inspection report ").Append(E(report.FlightId)).Append("</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
            .Append("td,th{border:1px solid #999;padding:.2em .5em;text-align:left}.note{color:#555}</style></head><body>\n");
        html.Append("<h1>Inspection report: ").Append(E(report.FlightId)).Append("</h1>\n<ul>")
            .Append("<li>Flight folder: ").Append(E(report.FlightFolder)).Append("</li>")
            .Append("<li>Generated (UTC): ").Append(E(report.GeneratedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))).Append("</li>")
            .Append("<li>Captures: ").Append(report.CapturesTotal).Append(", analysed ").Append(report.CapturesDone)
            .Append(", failed ").Append(report.CapturesParked).Append("</li>")
            .Append("<li>Findings: ").Append(report.Findings.Count).Append("</li></ul>\n");
        html.Append("<p class=\"note\">").Append(E(AccuracyNote)).Append("</p>\n");
        AppendRelativeNote(html, report.Findings);
        AppendFindings(html, report);
        AppendList(html, "Measurement overrides (per capture)", report.CaptureOverrides, "No overrides: every map uses the conditions its file states.");
        AppendList(html, "Problems (per file)", report.Problems, "No problems.");
        AppendList(html, "Skipped, and why", report.Skipped, "Nothing was skipped.");
        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>Writes <see cref="FileName"/> in <paramref name="outputFolder"/> atomically; returns its path.</summary>
    public static string Write(string outputFolder, FlightReport report)
    {
        var path = Path.Combine(outputFolder, FileName);
        AtomicFile.WriteAllText(path, ToHtml(report));
        return path;
    }

    private static void AppendFindings(StringBuilder html, FlightReport report)
    {
        html.Append("<h2>Findings, most severe first</h2>\n<p class=\"note\">").Append(E(GradingNote)).Append("</p>\n");
        if (report.Findings.Count == 0)
        {
            html.Append("<p>No findings.</p>\n");
            return;
        }

        html.Append("<table><tr><th>Id</th><th>Grade (standard)</th><th>Rule</th><th>Worst on each standard</th><th>Kind</th><th>Asset</th>")
            .Append("<th>Component</th><th>Tmax</th><th>Reference</th><th>Delta-T</th><th>Graded by</th><th>Sightings (captures)</th>")
            .Append("<th>Location (lat, lon)</th><th>+- m</th><th>Captures</th><th>Customers</th><th>Review</th></tr>\n");
        foreach (var f in report.Findings.OrderByDescending(f => f.HeadlineSeverity).ThenByDescending(f => f.DeltaTKelvin ?? double.MinValue))
        {
            var unit = f.Absolute ? " C" : " counts";
            var customers = report.AffectedCustomers.TryGetValue(f.Id, out var list) ? string.Join(", ", list) : string.Empty;
            html.Append("<tr><td>").Append(E(f.Id)).Append("</td><td>").Append(E(f.GradeText)).Append("</td><td>").Append(E(f.RuleId))
                .Append("</td><td>").Append(E(string.Join("; ", f.Grades.Select(g => g.Describe()))))
                .Append("</td><td>").Append(E(f.Kind)).Append("</td><td>").Append(E(f.AssetId)).Append("</td><td>").Append(E(f.Component))
                .Append("</td><td>").Append(E(Number(f.MaxTemperatureCelsius, unit))).Append("</td><td>").Append(E(Reference(f, unit)))
                .Append("</td><td>").Append(E(Number(ShownDelta(f), f.Absolute ? " K" : " counts"))).Append("</td><td>").Append(E(f.GradingCaptureId))
                .Append("</td><td>").Append(f.SightingCount)
                .Append("</td><td>").Append(f.LatitudeDegrees.ToString("0.000000", CultureInfo.InvariantCulture)).Append(", ")
                .Append(f.LongitudeDegrees.ToString("0.000000", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(f.UncertaintyMeters.ToString("0.#", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(E(string.Join(", ", f.Captures))).Append("</td><td>").Append(E(customers))
                .Append("</td><td>").Append(E(f.Review.Describe())).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>A plain sentence when any finding is in sensor counts: relative only, never temperatures.</summary>
    private static void AppendRelativeNote(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        var relative = findings.Count(f => !f.Absolute);
        if (relative > 0)
        {
            html.Append("<p class=\"note\"><strong>").Append(relative).Append(" finding(s) are relative only:</strong> ")
                .Append(E(RelativeSentence)).Append("</p>\n");
        }
    }

    private static void AppendList(StringBuilder html, string title, IReadOnlyList<string> items, string none)
    {
        html.Append("<h2>").Append(E(title)).Append("</h2>\n");
        if (items.Count == 0)
        {
            html.Append("<p>").Append(E(none)).Append("</p>\n");
            return;
        }

        html.Append("<ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(E(item)).Append("</li>");
        }

        html.Append("</ul>\n");
    }

    /// <summary>
    /// Delta-T as the difference of the Tmax and reference shown (each to 0.1), so the row reads Tmax - reference =
    /// delta-T exactly; it differs from the unrounded delta-T by at most 0.1, far inside the camera's accuracy.
    /// </summary>
    private static double? ShownDelta(Finding f)
        => f.MaxTemperatureCelsius is { } t && f.ReferenceTemperatureCelsius is { } r && double.IsFinite(t) && double.IsFinite(r)
            ? Math.Round(t, 1, MidpointRounding.AwayFromZero) - Math.Round(r, 1, MidpointRounding.AwayFromZero)
            : f.DeltaTKelvin;

    /// <summary>"44.8 C (surroundings)": the reference value with what it is; "ambient 20.0 C" is added for absolute findings.</summary>
    private static string Reference(Finding f, string unit)
    {
        var text = Number(f.ReferenceTemperatureCelsius, unit);
        var what = new List<string>();
        if (f.ReferenceSource is { } source)
        {
            what.Add(source);
        }

        if (f.Absolute && f.AmbientTemperatureCelsius is { } ambient && double.IsFinite(ambient))
        {
            what.Add("ambient " + Number(ambient, " C") + AmbientFrom(f.AmbientSource));
        }

        return what.Count == 0 || f.ReferenceTemperatureCelsius is null ? text : $"{text} ({string.Join(", ", what)})";
    }

    /// <summary>Where the ambient came from, as a reader says it: " from the file", " given", " assumed", " from the scene".</summary>
    private static string AmbientFrom(string? source) => source switch
    {
        "file" => " from the file",
        "option" => " given",
        "assumed" => " assumed",
        "scene" => " from the scene",
        null => string.Empty,
        _ => " (" + source + ")",
    };

    private static string Number(double? value, string unit)
        => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + unit : "-";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
