namespace DroneInspect.Cases.Explanations.Fonts;

/// <summary>One font face on disk: a .ttf, or a face of a .ttc collection named by its family.</summary>
public sealed record FontFace(string Path, string Family);

/// <summary>
/// The fonts explanations are drawn with (chart and PDF): a Latin face with its bold for English, and a CJK face for
/// Chinese text (and any Chinese name in an English letter). All have TrueType outlines, which PDFsharp subsets and
/// embeds with a Unicode map, so the PDF's text can be extracted.
/// </summary>
public sealed record ExplanationFonts(FontFace Latin, FontFace LatinBold, FontFace Cjk)
{
    /// <summary>True when <paramref name="text"/> holds a character from the CJK blocks (U+2E80 and up to the Hangul end, plus full-width forms).</summary>
    public static bool NeedsCjk(string text) =>
        text.Any(c => c is >= '\u2E80' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF');

    /// <summary>The face for <paramref name="text"/> in <paramref name="language"/>: CJK for Chinese or for any CJK character.</summary>
    public FontFace For(string text, string language, bool bold) =>
        language == Customers.CaseLanguages.SimplifiedChinese || NeedsCjk(text) ? Cjk : bold ? LatinBold : Latin;
}
