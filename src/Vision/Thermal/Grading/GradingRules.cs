using System.Reflection;
using System.Text.Json;

namespace DroneInspect.Vision.Thermal.Grading;

/// <summary>
/// The grading rules in force: the embedded grading-rules.json by default, or a utility's edited copy loaded from a path
/// given by configuration. Immutable and thread-safe once loaded.
/// </summary>
public sealed class GradingRules
{
    private const string EmbeddedResourceName = "DroneInspect.Vision.Thermal.grading-rules.json";
    private const string AnyKind = "*";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<GradingRules> DefaultRules = new(LoadEmbedded);

    private GradingRules(GradingRuleSet ruleSet) => RuleSet = ruleSet;

    /// <summary>The defaults shipped inside the assembly (NETA MTS Table 100.18 and DL/T 664-2016).</summary>
    public static GradingRules Default => DefaultRules.Value;

    public GradingRuleSet RuleSet { get; }

    /// <exception cref="GradingRulesException">Bad JSON or an inconsistent row; the message names the row.</exception>
    public static GradingRules Parse(string json, string sourceName = "grading rules")
    {
        GradingRuleSet? set;
        try
        {
            set = JsonSerializer.Deserialize<GradingRuleSet>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new GradingRulesException($"{sourceName}: not a valid grading rules file at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        if (set is null)
        {
            throw new GradingRulesException($"{sourceName}: empty grading rules file.");
        }

        GradingRulesValidator.Validate(set, sourceName);
        return new GradingRules(set);
    }

    /// <summary>Loads an edited rules file.</summary>
    public static GradingRules Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>The file at <paramref name="path"/> when configured, else the embedded defaults.</summary>
    public static GradingRules LoadOrDefault(string? path) => string.IsNullOrWhiteSpace(path) ? Default : Load(path);

    public string ToJson() => JsonSerializer.Serialize(RuleSet, JsonOptions);

    /// <summary>One grade per standard that has at least one row it can evaluate for this input.</summary>
    public IReadOnlyList<ThermalGrade> Grade(GradingInput input)
    {
        var grades = new List<ThermalGrade>();
        foreach (var standard in RuleSet.Standards)
        {
            var rows = RowsFor(standard, input.EquipmentKind);
            bool evaluated = false;
            GradingRule? worst = null;
            foreach (var row in rows)
            {
                if (input.ValueOf(row.Scale) is not { } value)
                {
                    continue;
                }

                evaluated = true;
                if (row.Contains(value) && (worst is null || Severity(standard, row.Level) > Severity(standard, worst.Level)))
                {
                    worst = row;
                }
            }

            if (evaluated)
            {
                grades.Add(worst is null
                    ? new ThermalGrade(standard.Standard, standard.DefaultLevel, $"{standard.Id}-default", standard.Source)
                    : new ThermalGrade(standard.Standard, worst.Level, worst.Id, worst.Source));
            }
        }

        return grades;
    }

    /// <summary>
    /// The levels of the standard named <paramref name="standard"/> (its <c>standard</c> name, as a
    /// <see cref="ThermalGrade"/> carries it, or its <c>id</c>), least to most severe as the rules file lists them;
    /// empty for a standard the rules do not define. Severity order is this list's order, never the levels' names.
    /// </summary>
    public IReadOnlyList<string> LevelsOf(string standard)
        => FindStandard(standard)?.Levels ?? [];

    /// <summary>
    /// Where <paramref name="level"/> stands on <paramref name="standard"/>'s scale: 0 for its least severe level, up
    /// to <c>LevelsOf(standard).Count - 1</c> for its most severe; -1 when the standard or the level is unknown.
    /// </summary>
    public int SeverityOf(string standard, string level)
        => FindStandard(standard) is { } found ? Severity(found, level) : -1;

    private GradingStandard? FindStandard(string standard)
        => RuleSet.Standards.FirstOrDefault(s => string.Equals(s.Standard, standard, StringComparison.Ordinal))
            ?? RuleSet.Standards.FirstOrDefault(s => string.Equals(s.Id, standard, StringComparison.Ordinal));

    private static List<GradingRule> RowsFor(GradingStandard standard, string kind)
    {
        var named = standard.Rules.Where(r => r.EquipmentKinds.Contains(kind, StringComparer.OrdinalIgnoreCase)).ToList();
        return named.Count > 0 ? named : standard.Rules.Where(r => r.EquipmentKinds.Contains(AnyKind)).ToList();
    }

    private static int Severity(GradingStandard standard, string level)
    {
        for (int i = 0; i < standard.Levels.Count; i++)
        {
            if (standard.Levels[i] == level)
            {
                return i;
            }
        }

        return -1;
    }

    private static GradingRules LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new GradingRulesException($"Embedded resource {EmbeddedResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "embedded grading-rules.json");
    }
}
