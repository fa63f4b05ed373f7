using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Abstractions.Cases;
using DroneInspect.Grains.Abstractions.Review;

namespace DroneInspect.Grains.Cases;

/// <summary>
/// Confirmed findings become cases: one per asset (findings that share an asset join its open case), one per finding on
/// no asset, each with the customers the asset supplies through the network. A finding that already has a case is left
/// alone, so calling this again after every review opens nothing twice.
/// </summary>
public sealed class CaseIntake(IGrainFactory grains, CustomerDirectory customers, CaseUrgencyMap urgencies)
{
    /// <summary>Opens or joins cases for the confirmed findings among <paramref name="findings"/>; returns the cases touched.</summary>
    public async Task<IReadOnlyList<CaseView>> OpenForConfirmedAsync(string flightId, FlightRequest request, IReadOnlyList<Finding> findings)
    {
        var index = grains.GetGrain<ICaseIndexGrain>(CaseIndex.Key);
        var waiting = new List<Finding>();
        foreach (var finding in findings.Where(f => f.Review.State == ReviewStatus.Confirmed))
        {
            if (await index.CaseOfFinding(flightId, finding.Id) is null)
            {
                waiting.Add(finding);
            }
        }

        if (waiting.Count == 0)
        {
            return [];
        }

        var directory = customers.Load(request);
        var touched = new List<CaseView>();
        foreach (var group in waiting.GroupBy(f => f.AssetId ?? "\0" + f.Id, StringComparer.Ordinal))
        {
            var facts = group.Select(f => CaseFindingFacts.From(flightId, f, directory.Network, urgencies)).ToList();
            var accounts = directory.Affected(group.First().AssetId).Select(a => a.Customer.Account);
            var who = group.Select(f => f.Review.LastBy).FirstOrDefault(w => w is not null) ?? "system";
            touched.Add(await grains.OpenOrJoinCase(CaseOpenRequest.For(facts, accounts), who));
        }

        return touched;
    }
}
