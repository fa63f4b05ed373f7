using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>
/// How long a case may stay unworked, by urgency, and how a finding's grade sets the urgency. The utility configures
/// both; <see cref="Default"/> holds the service practice's defaults.
/// </summary>
/// <param name="TimeToDue">Time from opening to due, per urgency; every urgency must have a positive entry.</param>
/// <param name="Urgencies">Grade (standard, level) to urgency.</param>
public sealed record CaseDuePolicy(IReadOnlyDictionary<CaseUrgency, TimeSpan> TimeToDue, CaseUrgencyMap Urgencies)
{
    /// <summary>Critical 24 h, serious 7 days, general 30 days, minor 90 days; <see cref="CaseUrgencyMap.Default"/>.</summary>
    public static CaseDuePolicy Default { get; } = new(
        new Dictionary<CaseUrgency, TimeSpan>
        {
            [CaseUrgency.Critical] = TimeSpan.FromHours(24),
            [CaseUrgency.Serious] = TimeSpan.FromDays(7),
            [CaseUrgency.General] = TimeSpan.FromDays(30),
            [CaseUrgency.Minor] = TimeSpan.FromDays(90),
        },
        CaseUrgencyMap.Default);

    /// <summary>When a case of <paramref name="urgency"/> opened at <paramref name="openedUtc"/> is due.</summary>
    /// <exception cref="InvalidOperationException">The policy has no positive time for the urgency (a configuration error).</exception>
    public DateTimeOffset DueUtc(CaseUrgency urgency, DateTimeOffset openedUtc) =>
        TimeToDue.TryGetValue(urgency, out var time) && time > TimeSpan.Zero
            ? openedUtc + time
            : throw new InvalidOperationException($"The case due policy has no positive time for urgency {urgency}.");
}
