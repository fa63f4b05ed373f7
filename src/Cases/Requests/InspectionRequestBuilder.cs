using DroneInspect.Cases.Customers;
using DroneInspect.Geo.Assets;

namespace DroneInspect.Cases.Requests;

/// <summary>
/// Turns customer reports into inspection requests: each report is placed on its supply path, reports on the same
/// transformer merge into one request, whose targets are the union of each symptom's targets (most urgent symptom
/// first) and whose priority is the highest symptom's, raised one step when enough distinct customers report.
/// </summary>
public sealed class InspectionRequestBuilder(AssetNetwork network, IEnumerable<Customer> customers, RequestPolicy? policy = null)
{
    private readonly RequestPolicy _policy = policy ?? RequestPolicy.Default;
    private readonly ReportPlacer _placer = new(network, customers, policy ?? RequestPolicy.Default);

    /// <summary>Requests sorted by priority (highest first), then due time; problems in the reports' order.</summary>
    public RequestBatch Build(IEnumerable<CustomerReport> reports)
    {
        var placed = new List<PlacedReport>();
        var problems = new List<ReportProblem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            if (!string.IsNullOrWhiteSpace(report.Id) && !ids.Add(report.Id))
            {
                problems.Add(new ReportProblem(report.Id, $"Report id '{report.Id}' is used twice; the second is ignored."));
            }
            else if (_placer.TryPlace(report, out var found, out var problem))
            {
                placed.Add(found);
            }
            else
            {
                problems.Add(new ReportProblem(report.Id, problem));
            }
        }

        var requests = placed.GroupBy(p => p.Path.TransformerId, StringComparer.Ordinal)
            .Select(g => Merge(g.OrderBy(p => p.Report.ReportedAtUtc).ThenBy(p => p.Report.Id, StringComparer.Ordinal).ToList()))
            .OrderByDescending(r => r.Priority).ThenBy(r => r.DueUtc).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new RequestBatch(requests, problems);
    }

    private InspectionRequest Merge(IReadOnlyList<PlacedReport> reports)
    {
        var first = reports[0];
        var targets = reports
            .OrderByDescending(p => RequestPolicy.PriorityOf(p.Report.Symptom))
            .SelectMany(p => SymptomTargets.For(p.Report.Symptom, p.Path))
            .DistinctBy(t => t.AssetId, StringComparer.Ordinal)
            .Select(t => new RequestTarget(t.AssetId, network.FindById(t.AssetId)!.Kind, t.Role))
            .ToList();
        var tallies = reports.GroupBy(p => p.Report.Symptom)
            .OrderByDescending(g => RequestPolicy.PriorityOf(g.Key)).ThenBy(g => g.Key)
            .Select(g => new SymptomTally(
                g.Key,
                g.Select(p => p.ReporterKey).Distinct(StringComparer.Ordinal).Count(),
                g.Where(p => !string.IsNullOrWhiteSpace(p.Report.SymptomText))
                    .Select(p => ReporterText.Scrub(p.Report.SymptomText!, p.Customer)).ToList()))
            .ToList();

        var basePriority = reports.Max(p => RequestPolicy.PriorityOf(p.Report.Symptom));
        var due = reports.Min(p => p.Report.ReportedAtUtc + _policy.DueAfter(RequestPolicy.PriorityOf(p.Report.Symptom)));
        var reporters = new HashSet<string>(StringComparer.Ordinal);
        var escalated = false;
        var priority = basePriority;
        foreach (var report in reports)
        {
            if (reporters.Add(report.ReporterKey) && reporters.Count == _policy.EscalationReporters && basePriority < RequestPriority.Urgent)
            {
                escalated = true;
                priority = basePriority + 1;
                var escalatedDue = report.Report.ReportedAtUtc + _policy.DueAfter(priority);
                due = escalatedDue < due ? escalatedDue : due;
            }
        }

        return new InspectionRequest(
            $"REQ-{first.Path.TransformerId}-{first.Report.Id}",
            first.Path.TransformerId,
            priority,
            targets,
            reports.Select(p => p.Report.Id).ToList(),
            tallies,
            reporters.Count,
            escalated,
            first.Report.ReportedAtUtc,
            due,
            RequestStatus.Open);
    }
}
