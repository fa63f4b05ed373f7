namespace DroneInspect.Cases.Explanations.Fonts;

/// <summary>A font the explanations need is not installed; the message names the file, the folders searched and the Debian package.</summary>
public sealed class ExplanationFontMissingException(string fontFile, string aptPackage, IReadOnlyList<string> searchedFolders, string? remark = null)
    : Exception($"The font {fontFile} was not found under {string.Join(", ", searchedFolders)}. Install it with: apt-get install {aptPackage}"
        + (remark is null ? "" : $" ({remark})"))
{
    /// <summary>The font file that was looked for, e.g. "wqy-microhei.ttc".</summary>
    public string FontFile { get; } = fontFile;

    /// <summary>The Debian package that installs it, e.g. "fonts-wqy-microhei".</summary>
    public string AptPackage { get; } = aptPackage;
}
