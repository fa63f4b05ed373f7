using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>
/// Grade to urgency, as data a utility can edit: one row per (standard, level) as the grading rules name them
/// (grading-rules.json's "standard" and "levels", and the visual defect scale). A level that is no defect ("none",
/// "normal") or that no row lists gives no urgency: such a finding opens no case by itself.
/// </summary>
public sealed class CaseUrgencyMap
{
    /// <summary>Standard names as the grading rules and the visual defect table give them.</summary>
    public const string DlT664 = "DL/T 664-2016";
    public const string NetaSimilar = "NETA-MTS-100.18-similar";
    public const string NetaAmbient = "NETA-MTS-100.18-ambient";
    public const string VisualDefects = "visual-defects";

    private readonly Dictionary<(string Standard, string Level), CaseUrgency> _rows;

    public CaseUrgencyMap(IEnumerable<CaseUrgencyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = new Dictionary<(string, string), CaseUrgency>(KeyComparer.Instance);
        foreach (var row in rows)
        {
            if (!_rows.TryAdd((row.Standard, row.Level), row.Urgency))
            {
                throw new ArgumentException($"Urgency of {row.Level} ({row.Standard}) is listed twice.", nameof(rows));
            }
        }
    }

    /// <summary>
    /// DL/T 664 and the visual scale step for step (general, serious, critical). NETA similar components: a major
    /// discrepancy ("repair immediately") is critical, a probable deficiency ("repair as time permits") general, a possible
    /// deficiency ("investigate") minor. NETA over ambient: over 40 K ("repair immediately") critical, 21-40 K ("monitor
    /// until corrected") serious, 11-20 K general, 1-10 K minor.
    /// </summary>
    public static CaseUrgencyMap Default { get; } = new(
    [
        new(DlT664, "general", CaseUrgency.General),
        new(DlT664, "serious", CaseUrgency.Serious),
        new(DlT664, "critical", CaseUrgency.Critical),
        new(NetaSimilar, "possible-deficiency", CaseUrgency.Minor),
        new(NetaSimilar, "probable-deficiency", CaseUrgency.General),
        new(NetaSimilar, "major-discrepancy", CaseUrgency.Critical),
        new(NetaAmbient, "possible-deficiency", CaseUrgency.Minor),
        new(NetaAmbient, "probable-deficiency", CaseUrgency.General),
        new(NetaAmbient, "monitor", CaseUrgency.Serious),
        new(NetaAmbient, "major-discrepancy", CaseUrgency.Critical),
        new(VisualDefects, "general", CaseUrgency.General),
        new(VisualDefects, "serious", CaseUrgency.Serious),
        new(VisualDefects, "critical", CaseUrgency.Critical),
    ]);

    public IReadOnlyList<CaseUrgencyRow> Rows => [.. _rows.Select(r => new CaseUrgencyRow(r.Key.Standard, r.Key.Level, r.Value))];

    /// <summary>The urgency of one grade; null when the level is no defect or the map does not list it.</summary>
    public CaseUrgency? Of(string standard, string level) =>
        _rows.TryGetValue((standard, level), out var urgency) ? urgency : null;

    /// <summary>The most urgent of a finding's grades; null when none of them is listed.</summary>
    public CaseUrgency? Of(IEnumerable<(string Standard, string Level)> grades) =>
        grades.Select(g => Of(g.Standard, g.Level)).Where(u => u is not null).DefaultIfEmpty(null).Max();

    private sealed class KeyComparer : IEqualityComparer<(string Standard, string Level)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Standard, string Level) x, (string Standard, string Level) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Standard, y.Standard) && StringComparer.OrdinalIgnoreCase.Equals(x.Level, y.Level);

        public int GetHashCode((string Standard, string Level) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Standard), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Level));
    }
}

/// <summary>One row of the <see cref="CaseUrgencyMap"/>: a grade's level on its standard, and the urgency it gives.</summary>
public sealed record CaseUrgencyRow(string Standard, string Level, CaseUrgency Urgency);
