using DroneInspect.Cases.Lifecycle;

namespace DroneInspect.Grains.Abstractions.Cases;

/// <summary>The case index's key, and opening a case for confirmed findings through it.</summary>
public static class CaseIndex
{
    /// <summary>The one <see cref="ICaseIndexGrain"/>.</summary>
    public const long Key = 0;

    /// <summary>
    /// Opens the case for <paramref name="request"/>, or adds its findings to the open case on the same asset. Two requests
    /// on one asset at once get the same id and meet in that case's grain, which opens it once and adds the other's
    /// findings.
    /// </summary>
    public static async Task<CaseView> OpenOrJoinCase(this IGrainFactory grains, CaseOpenRequest request, string who)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var caseId = await grains.GetGrain<ICaseIndexGrain>(Key).CaseIdFor(request);
        return await grains.GetGrain<ICaseGrain>(caseId).OpenOrAddFindings(request, who);
    }
}
