using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Notices.Templates;

/// <summary>The notice templates of every customer language: the shipped ones, or a utility's own files.</summary>
public sealed class NoticeTemplateLibrary
{
    private readonly IReadOnlyDictionary<string, NoticeTemplates> _byLanguage;

    /// <summary>A library of the given sets; one is needed per language in <see cref="CaseLanguages.All"/>.</summary>
    public NoticeTemplateLibrary(IEnumerable<NoticeTemplates> sets)
    {
        _byLanguage = sets.ToDictionary(s => s.Language, StringComparer.Ordinal);
        var missing = CaseLanguages.All.Where(l => !_byLanguage.ContainsKey(l)).ToList();
        if (missing.Count > 0) throw new NoticeTemplateException($"No notice templates for {string.Join(", ", missing)}.");
    }

    /// <summary>The templates shipped in this assembly (Notices/Templates/notices-LANG.json; no dot before the language, or MSBuild would make it a satellite resource).</summary>
    public static NoticeTemplateLibrary Shipped { get; } = new(CaseLanguages.All.Select(l => NoticeTemplates.Load(l, ShippedJson(l))));

    /// <summary>A utility's own files, notices-en.json and notices-zh-CN.json in <paramref name="directory"/>, checked like the shipped ones.</summary>
    public static NoticeTemplateLibrary FromDirectory(string directory) =>
        new(CaseLanguages.All.Select(l => NoticeTemplates.Load(l, File.ReadAllText(Path.Combine(directory, FileName(l))))));

    /// <summary>The templates for <paramref name="language"/> (any tag <see cref="CaseLanguages.Normalize"/> accepts); English otherwise.</summary>
    public NoticeTemplates For(string? language) => _byLanguage[CaseLanguages.Normalize(language) ?? CaseLanguages.English];

    private static string FileName(string language) => $"notices-{language}.json";

    /// <summary>The shipped template file for <paramref name="language"/> as JSON: the starting point for a utility's own.</summary>
    public static string ShippedJson(string language)
    {
        var name = $"{typeof(NoticeTemplateLibrary).Namespace}.{FileName(language)}";
        using var stream = typeof(NoticeTemplateLibrary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The shipped notice templates {name} are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
