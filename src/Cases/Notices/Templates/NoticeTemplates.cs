using System.Text.Json;

namespace DroneInspect.Cases.Notices.Templates;

/// <summary>
/// One language's notice texts: a flat JSON object of key to text (see <see cref="NoticeTemplateKeys"/>), checked in
/// full when loaded so that a broken template fails at start-up, not in front of a customer.
/// </summary>
public sealed class NoticeTemplates
{
    private readonly IReadOnlyDictionary<string, string> _texts;

    private NoticeTemplates(string language, IReadOnlyDictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
    }

    /// <summary>"en" or "zh-CN".</summary>
    public string Language { get; }

    /// <summary>Reads and checks a template file; refuses missing keys, unknown keys, unknown placeholders and broken braces, naming each.</summary>
    public static NoticeTemplates Load(string language, string json)
    {
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(json)
            ?? throw new NoticeTemplateException($"The {language} notice templates are empty.");
        var problems = new List<string>();
        foreach (var key in NoticeTemplateKeys.Required.Where(k => !texts.ContainsKey(k)))
            problems.Add($"missing key \"{key}\"");
        foreach (var (key, text) in texts)
            problems.AddRange(Check(key, text));
        if (problems.Count > 0)
            throw new NoticeTemplateException($"The {language} notice templates are refused: {string.Join("; ", problems)}.");
        return new NoticeTemplates(language, texts);
    }

    /// <summary>The text under <paramref name="key"/> with its placeholders filled.</summary>
    public string Render(string key, IReadOnlyDictionary<string, string> values) => TemplateRenderer.Render(Text(key), values);

    /// <summary>The raw text under <paramref name="key"/>, which must exist.</summary>
    public string Text(string key) =>
        _texts.TryGetValue(key, out var text) ? text : throw new NoticeTemplateException($"No \"{key}\" in the {Language} notice templates.");

    /// <summary>A word from a family ("component.clamp"), or the family's ".fallback" when the utility has no word for it.</summary>
    public string Word(string family, string? name) =>
        name is not null && _texts.TryGetValue($"{family}.{name.Trim().ToLowerInvariant()}", out var word) ? word : Text($"{family}.fallback");

    private static IEnumerable<string> Check(string key, string text)
    {
        var allowed = NoticeTemplateKeys.AllowedPlaceholders(key);
        if (allowed is null)
        {
            yield return $"unknown key \"{key}\"";
            yield break;
        }
        IReadOnlyList<string> names;
        string? broken = null;
        try
        {
            names = TemplateRenderer.Placeholders(text);
        }
        catch (NoticeTemplateException e)
        {
            names = [];
            broken = $"\"{key}\": {e.Message}";
        }
        if (broken is not null) yield return broken;
        foreach (var name in names.Where(n => !allowed.Contains(n)).Distinct())
            yield return $"\"{key}\" uses unknown placeholder {{{name}}} (allowed: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed))})";
    }
}
