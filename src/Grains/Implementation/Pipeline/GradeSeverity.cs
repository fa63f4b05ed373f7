using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// Orders grade levels across standards (DL/T 664 general/serious/critical, NETA possible/probable/major) so the
/// worst can be chosen. Unknown levels rank just above "ungraded", below every known level.
/// </summary>
public static class GradeSeverity
{
    public const string Ungraded = "ungraded";

    public static int Rank(string? level)
    {
        if (string.IsNullOrWhiteSpace(level) || level.Equals(Ungraded, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var l = level.ToLowerInvariant();
        if (l.Contains("critical") || l.Contains("major") || l.Contains("immediate"))
        {
            return 4;
        }

        if (l.Contains("serious") || l.Contains("probable"))
        {
            return 3;
        }

        if (l.Contains("general") || l.Contains("possible") || l.Contains("monitor") || l.Contains("minor")
            || l.Contains("investigate"))
        {
            return 2;
        }

        return 1;
    }

    /// <summary>The worst grade a hotspot was given, or null when no rule applied.</summary>
    public static ThermalGrade? Worst(IReadOnlyList<ThermalGrade> grades)
        => grades.Count == 0 ? null : grades.MaxBy(g => Rank(g.Level));
}
