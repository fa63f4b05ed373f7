using System.Net;
using System.Text;

namespace DroneInspect.Cases.Explanations.Html;

/// <summary>
/// Renders a results explanation as one self-contained HTML file: every picture a data: URI, every text HTML-escaped,
/// the page's lang attribute the customer's language.
/// </summary>
public static class HtmlExplanationRenderer
{
    private const string Style =
        "body{font-family:'DejaVu Sans','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
        + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}"
        + "figure{display:inline-block;margin:0.5em 1em 0.5em 0;max-width:100%}figure img{max-width:100%;height:auto}figcaption{font-size:0.9em;color:#555}";

    /// <summary>The explanation as an HTML document (UTF-8 when written out).</summary>
    public static string Render(ResultsExplanation explanation)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(explanation.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(E(explanation.Title)).Append(" · ").Append(E(explanation.CaseId)).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(explanation.Title)).Append("</h1>\n")
            .Append("<p>").Append(E(explanation.Greeting)).Append("</p>\n")
            .Append("<p>").Append(E(explanation.Intro)).Append("</p>\n");
        foreach (var section in explanation.Sections) AppendSection(html, section);
        html.Append("<p class=\"contact\">").Append(E(explanation.ContactLine)).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes <see cref="Render"/>'s document to <paramref name="path"/> as UTF-8.</summary>
    public static void Write(ResultsExplanation explanation, string path) =>
        File.WriteAllText(path, Render(explanation), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static void AppendSection(StringBuilder html, ExplanationSection section)
    {
        html.Append("<section id=\"").Append(SectionId(section.Kind)).Append("\">\n<h2>").Append(E(section.Heading)).Append("</h2>\n");
        foreach (var paragraph in section.Paragraphs) html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        if (section.Items.Count > 0)
        {
            html.Append("<ul>\n");
            foreach (var item in section.Items) html.Append("<li>").Append(E(item)).Append("</li>\n");
            html.Append("</ul>\n");
        }
        foreach (var image in section.Images)
        {
            html.Append("<figure><img alt=\"").Append(E(image.Caption)).Append("\" src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(image.Png)).Append("\"><figcaption>").Append(E(image.Caption)).Append("</figcaption></figure>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>The section's id in the page, e.g. "why-it-matters".</summary>
    public static string SectionId(ExplanationSectionKind kind) => kind switch
    {
        ExplanationSectionKind.Found => "found",
        ExplanationSectionKind.WhyItMatters => "why-it-matters",
        ExplanationSectionKind.Evidence => "evidence",
        ExplanationSectionKind.Chart => "chart",
        ExplanationSectionKind.Grade => "grade",
        ExplanationSectionKind.WorkDone => "work-done",
        ExplanationSectionKind.Advice => "advice",
        ExplanationSectionKind.Measurement => "measurement",
        ExplanationSectionKind.History => "history",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown section kind."),
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
