using DroneInspect.Cases.Lifecycle;

namespace DroneInspect.Grains.Cases;

/// <summary>The case index's stored list: each case's latest summary by case id.</summary>
[GenerateSerializer]
public sealed class CaseIndexState
{
    [Id(0)]
    public Dictionary<string, CaseSummary> Cases { get; set; } = new(StringComparer.Ordinal);
}
