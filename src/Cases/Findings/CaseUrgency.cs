namespace DroneInspect.Cases.Findings;

/// <summary>How soon a case must be worked, from its finding's grade (the utility configures the due time of each).</summary>
public enum CaseUrgency
{
    /// <summary>Note it; look again at the next routine inspection.</summary>
    Minor,

    /// <summary>Plan a repair (e.g. within 30 days).</summary>
    General,

    /// <summary>Repair soon (e.g. within 7 days).</summary>
    Serious,

    /// <summary>Repair at once (e.g. within 24 hours); notices go out immediately, saying why.</summary>
    Critical,
}
