namespace DroneInspect.Cases.Explanations.Fonts;

/// <summary>
/// Finds the explanation fonts among installed fonts: DejaVu Sans (Debian fonts-dejavu-core) for Latin text and
/// WenQuanYi Micro Hei (fonts-wqy-microhei) for Chinese. Noto Sans CJK (fonts-noto-cjk) is not used: its outlines are
/// CFF, which PDFsharp 6.2.4 does not subset; it embeds the whole 16 MB face under a TrueType label, so each letter
/// would weigh over 13 MB and strict readers may reject its font.
/// </summary>
public static class ExplanationFontLocator
{
    private const string LatinFile = "DejaVuSans.ttf";
    private const string LatinBoldFile = "DejaVuSans-Bold.ttf";
    private const string LatinPackage = "fonts-dejavu-core";
    private const string CjkFile = "wqy-microhei.ttc";
    private const string CjkFamily = "WenQuanYi Micro Hei";
    private const string CjkPackage = "fonts-wqy-microhei";

    /// <summary>Where Debian and users install fonts.</summary>
    public static IReadOnlyList<string> DefaultFolders { get; } =
    [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
    ];

    /// <summary>
    /// The fonts under <paramref name="folders"/> (searched recursively, in order; <see cref="DefaultFolders"/> when
    /// null). Throws <see cref="ExplanationFontMissingException"/> naming the package to install when one is missing.
    /// </summary>
    public static ExplanationFonts Locate(IReadOnlyList<string>? folders = null)
    {
        folders ??= DefaultFolders;
        var latin = Find(folders, LatinFile, LatinPackage, null);
        var bold = Find(folders, LatinBoldFile, LatinPackage, null);
        var cjk = Find(folders, CjkFile, CjkPackage,
            "Noto Sans CJK is not used: PDFsharp 6.2.4 embeds its CFF outlines whole and mislabelled");
        return new ExplanationFonts(new FontFace(latin, "DejaVu Sans"), new FontFace(bold, "DejaVu Sans Bold"), new FontFace(cjk, CjkFamily));
    }

    private static string Find(IReadOnlyList<string> folders, string file, string package, string? remark)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var match = Directory.EnumerateFiles(folder, file, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive })
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (match is not null) return match;
        }
        throw new ExplanationFontMissingException(file, package, folders, remark);
    }
}
