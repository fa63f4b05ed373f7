using DroneInspect.Grains.Abstractions;
using DroneInspect.Vision.Thermal;
using DroneInspect.Vision.Thermal.Grading;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// Orders grades by data, never by the levels' names. Within one standard a level's rank is its index in the standard's
/// level list (grading-rules.json for thermal scales, <see cref="VisualDefects.Levels"/> for visual defects), so NETA's
/// over-ambient "monitor" ranks above "probable-deficiency" because the rules list it there. Across standards (which
/// finding to show first, which grade heads a finding) grades compare by <see cref="StandardGrade.Severity"/>, the
/// level's place on its own scale from 0 (the scale's first level) to 1 (its last): every scale here runs from "no
/// defect" to "act now", so equal fractions are comparable steps (DL/T 664 "serious" and NETA similar
/// "probable-deficiency" both 2/3; NETA over-ambient "monitor" 3/4). Ties go to the grade listed first (a hotspot's
/// grades come in the rules file's order of standards). Grades their scale does not rank (ungraded, "relative-only" on a
/// counts map) sort below every ranked one.
/// </summary>
public static class GradeSeverity
{
    public const string Ungraded = "ungraded";

    /// <summary>The thermal grade with its place on its standard's scale, from <paramref name="rules"/>.</summary>
    public static StandardGrade Of(ThermalGrade grade, GradingRules rules)
        => new(grade.Standard, grade.Level, grade.RuleId, grade.Citation, rules.SeverityOf(grade.Standard, grade.Level), rules.LevelsOf(grade.Standard).Count);

    /// <summary>Sort key across standards: <see cref="StandardGrade.Severity"/>; -1 when unranked, -2 for no grade at all.</summary>
    public static double Key(StandardGrade? grade)
        => grade is null ? -2 : grade.Severity ?? -1;

    /// <summary>The headline grade: the most severe by <see cref="Key"/>, the earlier listed on a tie; null for none.</summary>
    public static StandardGrade? Worst(IEnumerable<StandardGrade> grades)
    {
        StandardGrade? worst = null;
        foreach (var grade in grades)
        {
            if (worst is null || Key(grade).CompareTo(Key(worst)) > 0)
            {
                worst = grade;
            }
        }

        return worst;
    }

    /// <summary>
    /// The worst grade on each standard among <paramref name="grades"/> (by rank within the standard), standards in the
    /// order they first appear.
    /// </summary>
    public static IReadOnlyList<StandardGrade> WorstPerStandard(IEnumerable<StandardGrade> grades)
        => grades
            .GroupBy(g => g.Standard, StringComparer.Ordinal)
            .Select(g => g.Aggregate((worst, next) => next.Rank > worst.Rank ? next : worst))
            .ToList();
}
