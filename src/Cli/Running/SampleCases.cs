using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Cli.Commands;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Abstractions.Cases;
using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Grains.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Cli.Running;

/// <summary>
/// The demo plays the engineer once: it confirms the sample's serious and critical findings (those not reviewed yet), so
/// the sample opens its customer cases and the case desk has something to show. Real flights are never confirmed for
/// anyone.
/// </summary>
public static class SampleCases
{
    public const string Reviewer = "demo";

    public static async Task ConfirmUrgentAsync(IServiceProvider services, string flightId, CliContext context, CancellationToken cancellationToken)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var urgencies = services.GetRequiredService<CaseUrgencyMap>();
        var flight = grains.GetGrain<IFlightGrain>(flightId);
        var urgent = (await flight.GetFindings().WaitAsync(cancellationToken))
            .Where(f => f.Review.State == ReviewStatus.Unreviewed && CaseFindingFacts.UrgencyOf(f, urgencies) >= CaseUrgency.Serious)
            .ToList();
        foreach (var finding in urgent)
        {
            await grains.GetGrain<IFindingReviewGrain>(ReviewKeys.Of(flightId, finding.Id))
                .Record(new ReviewRequest(ReviewActions.Confirm, null, null, "Confirmed by the demo so the sample opens its customer cases."), Reviewer)
                .WaitAsync(cancellationToken);
        }

        await flight.RefreshReviews().WaitAsync(cancellationToken);
        var cases = (await grains.GetGrain<ICaseIndexGrain>(CaseIndex.Key).List().WaitAsync(cancellationToken))
            .Where(c => c.Findings.Any(f => f.FlightId == flightId)).ToList();
        if (urgent.Count > 0)
        {
            context.Out.WriteLine($"The demo confirmed {urgent.Count} serious or critical finding(s) as an engineer would.");
        }

        foreach (var c in cases)
        {
            context.Out.WriteLine($"Case {c.CaseId}: {c.Status}, {c.Urgency}, due {c.DueUtc:yyyy-MM-dd HH:mm} UTC, {c.CustomerAccounts.Count} affected customer(s), findings {string.Join(", ", c.Findings.Select(f => f.FindingId))}");
        }
    }
}
