using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Abstractions.Cases;

namespace DroneInspect.Grains.Cases;

/// <summary>Reads a case with its findings and customers (<see cref="CaseFacts"/>), for the case desk, the CLI and notices.</summary>
public sealed class CaseFactsReader(IGrainFactory grains, CustomerDirectory directory, CaseUrgencyMap urgencies)
{
    /// <summary>The case's facts; null when no case has the id.</summary>
    public async Task<CaseFacts?> ReadAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        var view = await grains.GetGrain<ICaseGrain>(caseId).View().WaitAsync(cancellationToken);
        if (view.Status == CaseStatus.NotOpened || view.FlightId is null)
        {
            return null;
        }

        var flight = grains.GetGrain<IFlightGrain>(view.FlightId);
        var request = await flight.GetRequest().WaitAsync(cancellationToken);
        var all = await flight.GetFindings().WaitAsync(cancellationToken);
        var problems = new List<string>();
        var findings = new List<Finding>();
        foreach (var reference in view.Findings)
        {
            var finding = all.FirstOrDefault(f => f.Id == reference.FindingId && reference.FlightId == view.FlightId);
            if (finding is null)
            {
                problems.Add($"finding {reference.FindingId} of flight {reference.FlightId} is no longer in the flight's findings");
            }
            else
            {
                findings.Add(finding);
            }
        }

        var customers = request is null ? FlightCustomers.None : directory.Load(request);
        problems.AddRange(customers.Problems);
        var found = new List<Customer>();
        var missing = new List<string>();
        foreach (var account in view.CustomerAccounts)
        {
            if (customers.Find(account) is { } customer)
            {
                found.Add(customer);
            }
            else
            {
                missing.Add(account);
            }
        }

        return new CaseFacts(
            view,
            request,
            findings,
            [.. findings.Select(f => CaseFindingFacts.From(view.FlightId, f, customers.Network, urgencies))],
            found,
            missing,
            problems);
    }
}
