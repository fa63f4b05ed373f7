namespace DroneInspect.Cases.Customers;

/// <summary>The languages customer texts are written in.</summary>
public static class CaseLanguages
{
    public const string English = "en";
    public const string SimplifiedChinese = "zh-CN";

    public static IReadOnlyList<string> All { get; } = [English, SimplifiedChinese];

    /// <summary>The supported language named by <paramref name="tag"/> ("en", "en-GB", "zh", "zh-CN", "zh-Hans"...), or null.</summary>
    public static string? Normalize(string? tag)
    {
        var t = tag?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        if (t.Equals("en", StringComparison.OrdinalIgnoreCase) || t.StartsWith("en-", StringComparison.OrdinalIgnoreCase)) return English;
        if (t.Equals("zh", StringComparison.OrdinalIgnoreCase) || t.Equals("zh-CN", StringComparison.OrdinalIgnoreCase)
            || t.Equals("zh-Hans", StringComparison.OrdinalIgnoreCase) || t.Equals("zh-Hans-CN", StringComparison.OrdinalIgnoreCase)) return SimplifiedChinese;
        return null;
    }
}
