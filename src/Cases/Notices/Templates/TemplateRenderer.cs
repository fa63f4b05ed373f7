using System.Text;

namespace DroneInspect.Cases.Notices.Templates;

/// <summary>
/// Fills "{name}" placeholders. Deliberately small: no formatting, no escapes, no conditionals — a template a utility
/// edits either names placeholders the code knows, or is refused, so a typo never reaches a customer as "{hotlne}".
/// </summary>
public static class TemplateRenderer
{
    /// <summary>The placeholder names in <paramref name="template"/>, in order; refuses unbalanced braces and bad names.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = new List<string>();
        Walk(template, literal: null, name => names.Add(name));
        return names;
    }

    /// <summary>The template with every placeholder replaced; a placeholder without a value is refused, naming it.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder(template.Length * 2);
        Walk(template, text, name =>
        {
            if (!values.TryGetValue(name, out var value))
                throw new NoticeTemplateException($"Placeholder {{{name}}} has no value in \"{Excerpt(template)}\".");
            text.Append(value);
        });
        return text.ToString();
    }

    private static void Walk(string template, StringBuilder? literal, Action<string> onPlaceholder)
    {
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '}') throw new NoticeTemplateException($"Stray '}}' at {i} in \"{Excerpt(template)}\".");
            if (c != '{')
            {
                literal?.Append(c);
                i++;
                continue;
            }
            var close = template.IndexOf('}', i + 1);
            if (close < 0) throw new NoticeTemplateException($"Unclosed '{{' at {i} in \"{Excerpt(template)}\".");
            var name = template[(i + 1)..close];
            if (!IsName(name)) throw new NoticeTemplateException($"\"{{{name}}}\" is not a placeholder name (letters and digits, starting with a letter).");
            onPlaceholder(name);
            i = close + 1;
        }
    }

    private static bool IsName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    private static string Excerpt(string template) => template.Length <= 60 ? template : template[..57] + "...";
}
