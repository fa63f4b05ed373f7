using DroneInspect.Cases.Lifecycle;
using DroneInspect.Grains.Abstractions.Cases;

namespace DroneInspect.Grains.Cases;

/// <summary>
/// Keeps the latest summary of every case (one stored row). It never calls a case grain, so case grains can call it from
/// inside their own steps without waiting on each other.
/// </summary>
public sealed class CaseIndexGrain(
    [PersistentState("cases", Hosting.SiloBuilderExtensions.StorageName)] IPersistentState<CaseIndexState> state) : Grain, ICaseIndexGrain
{
    public async Task Record(CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (state.State.Cases.TryGetValue(summary.CaseId, out var stored) && stored.Version >= summary.Version)
        {
            return;
        }

        state.State.Cases[summary.CaseId] = summary;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<CaseSummary>> List() => Task.FromResult<IReadOnlyList<CaseSummary>>(
        [.. state.State.Cases.Values.OrderBy(c => c.DueUtc ?? DateTimeOffset.MaxValue).ThenBy(c => c.CaseId, StringComparer.Ordinal)]);

    public Task<CaseSummary?> Find(string caseId) => Task.FromResult(state.State.Cases.GetValueOrDefault(caseId));

    public Task<CaseSummary?> CaseOfFinding(string flightId, string findingId)
    {
        var finding = new CaseFindingRef(flightId, findingId);
        return Task.FromResult(state.State.Cases.Values.FirstOrDefault(c => c.Findings.Contains(finding)));
    }

    public async Task<string> CaseIdFor(CaseOpenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.FindingIds.Count == 0)
        {
            throw new ArgumentException("A case opens on at least one finding.", nameof(request));
        }

        if (await CaseOfFinding(request.FlightId, request.FindingIds[0]) is { } covering)
        {
            return covering.CaseId;
        }

        if (request.AssetId is null)
        {
            return request.CaseId(1);
        }

        var onAsset = state.State.Cases.Values.Where(c => c.AssetId == request.AssetId).ToList();
        return onAsset.FirstOrDefault(c => c.TakesFindings)?.CaseId ?? request.CaseId(onAsset.Count + 1);
    }
}
