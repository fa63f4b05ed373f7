using DroneInspect.Cases.Explanations.Fonts;
using PdfSharp.Pdf;

namespace DroneInspect.Cases.Explanations.Pdf;

/// <summary>
/// Renders a results explanation as PDF with PDFsharp: the charts and pictures as image XObjects, the text in
/// embedded subset fonts with a Unicode map (so it can be searched and copied, Chinese included).
/// </summary>
public sealed class PdfExplanationRenderer(ExplanationFonts fonts)
{
    private const double TitlePoints = 18;
    private const double HeadingPoints = 13;
    private const double BodyPoints = 10.5;
    private const double MaxImageHeightPoints = 260;

    /// <summary>The explanation as PDF bytes.</summary>
    public byte[] Render(ResultsExplanation explanation)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{explanation.Title} {explanation.CaseId}";
        document.Language = explanation.Language;
        using (var cursor = new PdfPageCursor(document, fonts, explanation.Language))
        {
            cursor.Text(explanation.Title, TitlePoints, bold: true);
            cursor.Space(6);
            cursor.Text(explanation.Greeting, BodyPoints);
            cursor.Text(explanation.Intro, BodyPoints);
            foreach (var section in explanation.Sections)
            {
                cursor.Space(10);
                cursor.Text(section.Heading, HeadingPoints, bold: true);
                cursor.Space(2);
                foreach (var paragraph in section.Paragraphs) cursor.Text(paragraph, BodyPoints);
                foreach (var item in section.Items) cursor.Text(item, BodyPoints, prefix: "• ");
                foreach (var image in section.Images) cursor.Image(image.Png, image.Caption, MaxImageHeightPoints);
            }
            cursor.Space(10);
            cursor.Text(explanation.ContactLine, BodyPoints);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Writes <see cref="Render"/>'s PDF to <paramref name="path"/>.</summary>
    public void Write(ResultsExplanation explanation, string path) => File.WriteAllBytes(path, Render(explanation));
}
