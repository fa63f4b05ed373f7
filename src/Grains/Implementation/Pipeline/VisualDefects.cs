namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// Which detector classes are visual defects (anything else the detector finds, such as "insulator", is a component and
/// yields no finding) and the grade each gets by default. Grades use the utility defect scale of DL/T 741 / DL/T 664
/// ("general", "serious", "critical") so visual and thermal findings rank together (<see cref="GradeSeverity"/>).
/// Class names compare case-insensitively.
/// </summary>
public sealed class VisualDefects
{
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
    /// <param name="grades">Grade per class; a defect class without one is "ungraded".</param>
    public VisualDefects(IEnumerable<string> classes, IEnumerable<KeyValuePair<string, string>> grades)
    {
        _classes = new HashSet<string>(classes, StringComparer.OrdinalIgnoreCase);
        _grades = new Dictionary<string, string>(grades, StringComparer.OrdinalIgnoreCase);
    }

    public static VisualDefects Default { get; } = new(DefaultGrades.Keys, DefaultGrades);

    public bool IsDefect(string className) => _classes.Contains(className);

    /// <summary>The rule id of a visual grade: the table's row, "visual:{class}".</summary>
    public static string RuleIdOf(string className) => "visual:" + className;

    /// <summary>The class's grade, or <see cref="GradeSeverity.Ungraded"/> when the table has none.</summary>
    public string GradeOf(string className) => _grades.GetValueOrDefault(className) ?? GradeSeverity.Ungraded;
}
