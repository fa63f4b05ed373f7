using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// Which detector classes are visual defects (anything else the detector finds, such as "insulator", is a component and
/// yields no finding) and the grade each gets by default. Grades use the utility defect scale of DL/T 741 / DL/T 664,
/// whose order is data (<see cref="Levels"/>): "none" &lt; "general" &lt; "serious" &lt; "critical", the same steps as
/// DL/T 664's thermal scale, so visual and thermal findings rank together (<see cref="GradeSeverity"/>).
/// Class names compare case-insensitively.
/// </summary>
public sealed class VisualDefects
{
    /// <summary>The name visual grades carry as their standard.</summary>
    public const string Standard = "visual-defects";

    /// <summary>The visual defect scale, least to most severe; "none" anchors it so "general" is a defect (1/3), as on DL/T 664.</summary>
    public static readonly IReadOnlyList<string> Levels = ["none", "general", "serious", "critical"];

    /// <summary>
    /// Defaults: a missing (shattered) insulator disc shortens the string's creepage and a broken conductor strand
    /// loses strength, both "serious" (repair soon); flashover traces and a bird nest are "general" (plan and monitor),
    /// a nest being raised where it sits over an insulator string is the engineer's call on review.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultGrades = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["missing-disc"] = "serious",
        ["broken-strand"] = "serious",
        ["flashover"] = "general",
        ["bird-nest"] = "general",
    };

    private readonly HashSet<string> _classes;
    private readonly Dictionary<string, string> _grades;

    /// <param name="classes">The defect classes.</param>
    /// <param name="grades">Grade per class, one of <see cref="Levels"/>; a defect class without one is "ungraded".</param>
    /// <exception cref="ArgumentException">A grade that is not on the visual scale (it could not be ordered).</exception>
    public VisualDefects(IEnumerable<string> classes, IEnumerable<KeyValuePair<string, string>> grades)
    {
        _classes = new HashSet<string>(classes, StringComparer.OrdinalIgnoreCase);
        _grades = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (className, level) in grades)
        {
            _grades[className] = Levels.FirstOrDefault(l => l.Equals(level, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException(
                    $"Visual defect class '{className}': grade '{level}' is not on the visual scale ({string.Join(" < ", Levels)}).", nameof(grades));
        }
    }

    public static VisualDefects Default { get; } = new(DefaultGrades.Keys, DefaultGrades);

    public bool IsDefect(string className) => _classes.Contains(className);

    /// <summary>The rule id of a visual grade: the table's row, "visual:{class}".</summary>
    public static string RuleIdOf(string className) => "visual:" + className;

    /// <summary>The class's grade, or <see cref="GradeSeverity.Ungraded"/> when the table has none.</summary>
    public string GradeOf(string className) => _grades.GetValueOrDefault(className) ?? GradeSeverity.Ungraded;

    /// <summary>The class's grade on the visual scale (rank -1 when the table has none).</summary>
    public StandardGrade StandardGradeOf(string className)
    {
        var level = GradeOf(className);
        return new StandardGrade(Standard, level, RuleIdOf(className), "visual defect table (DL/T 741 defect classes)",
            Array.IndexOf([.. Levels], level), Levels.Count);
    }
}
