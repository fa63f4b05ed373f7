using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Notices;

/// <summary>A short text the utility configures once per customer language (its name, its signature).</summary>
/// <param name="English">Used for "en" customers.</param>
/// <param name="Chinese">Used for "zh-CN" customers.</param>
public sealed record LocalizedText(string English, string Chinese)
{
    /// <summary>The text for <paramref name="language"/> ("en" or "zh-CN", see <see cref="CaseLanguages"/>); English for anything else.</summary>
    public string For(string language) => language == CaseLanguages.SimplifiedChinese ? Chinese : English;
}
