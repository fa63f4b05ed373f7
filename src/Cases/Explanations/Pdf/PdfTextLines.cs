using PdfSharp.Drawing;

namespace DroneInspect.Cases.Explanations.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: Latin text at spaces, CJK text between any two characters (Chinese has
/// no spaces), a word longer than the line wherever it must.
/// </summary>
internal static class PdfTextLines
{
    public static List<string> Wrap(XGraphics graphics, XFont font, string text, double widthPoints)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var unit in Units(text))
        {
            var candidate = line + unit;
            if (line.Length == 0 || graphics.MeasureString(candidate.TrimEnd(), font).Width <= widthPoints)
            {
                line = candidate;
                continue;
            }
            lines.Add(line.TrimEnd());
            line = unit.TrimStart();
        }
        if (line.Trim().Length > 0) lines.Add(line.TrimEnd());
        return lines;
    }

    /// <summary>Pieces the line may break after: a CJK character alone, or a run of other characters with its trailing spaces.</summary>
    private static IEnumerable<string> Units(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var breakAfter = Fonts.ExplanationFonts.NeedsCjk(text[i].ToString())
                || (text[i] == ' ' && (i + 1 == text.Length || text[i + 1] != ' '))
                || (i + 1 < text.Length && Fonts.ExplanationFonts.NeedsCjk(text[i + 1].ToString()));
            if (!breakAfter) continue;
            yield return text[start..(i + 1)];
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }
}
