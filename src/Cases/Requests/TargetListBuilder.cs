using System.Globalization;
using DroneInspect.Geo.Assets;

namespace DroneInspect.Cases.Requests;

/// <summary>
/// Collects open inspection requests and overdue cases into one target per asset: the highest priority and the
/// earliest due time win, and every reason is kept. Sorted by priority (highest first), then due time, then asset id.
/// </summary>
public static class TargetListBuilder
{
    /// <param name="nowUtc">Cases due at or after this time are not overdue and are left out.</param>
    public static TargetList Build(
        IEnumerable<InspectionRequest> requests, IEnumerable<OverdueCase> cases, AssetNetwork network, DateTimeOffset nowUtc)
    {
        var byAsset = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var request in requests.Where(r => r.Status == RequestStatus.Open))
        {
            var tally = Describe(request.Symptoms);
            foreach (var target in request.Targets)
            {
                if (network.FindById(target.AssetId) is not { } asset)
                {
                    problems.Add($"Request {request.Id} names asset '{target.AssetId}', which is not in the network.");
                    continue;
                }

                var draft = DraftFor(byAsset, asset);
                draft.Add(request.Priority, request.DueUtc, $"{tally}: {target.Role} of transformer {request.TransformerId} (request {request.Id})");
                draft.RequestIds.Add(request.Id);
            }
        }

        foreach (var overdue in cases.Where(c => c.DueUtc < nowUtc))
        {
            if (network.FindById(overdue.AssetId) is not { } asset)
            {
                problems.Add($"Case {overdue.CaseId} names asset '{overdue.AssetId}', which is not in the network.");
                continue;
            }

            var draft = DraftFor(byAsset, asset);
            var since = overdue.DueUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            draft.Add(overdue.Priority, overdue.DueUtc, $"case {overdue.CaseId} ({overdue.Urgency.ToString().ToLowerInvariant()}) overdue since {since}");
            draft.CaseIds.Add(overdue.CaseId);
        }

        var targets = byAsset.Values.Select(d => d.ToTarget())
            .OrderByDescending(t => t.Priority).ThenBy(t => t.DueUtc).ThenBy(t => t.AssetId, StringComparer.Ordinal)
            .ToList();
        return new TargetList(targets, problems);
    }

    /// <summary>"flicker reported by 3, other reported by 1: "hum"" from a request's tallies.</summary>
    private static string Describe(IEnumerable<SymptomTally> tallies) => string.Join(", ", tallies.Select(t =>
        $"{t.Symptom.Name()} reported by {t.Reporters}" + (t.Texts.Count > 0 ? $": \"{string.Join("\"; \"", t.Texts)}\"" : "")));

    private static Draft DraftFor(Dictionary<string, Draft> byAsset, Asset asset)
    {
        if (!byAsset.TryGetValue(asset.Id, out var draft))
        {
            byAsset[asset.Id] = draft = new Draft(asset);
        }

        return draft;
    }

    private sealed class Draft(Asset asset)
    {
        private readonly List<string> _reasons = [];
        private RequestPriority _priority = RequestPriority.Low;
        private DateTimeOffset _due = DateTimeOffset.MaxValue;

        public List<string> RequestIds { get; } = [];

        public List<string> CaseIds { get; } = [];

        public void Add(RequestPriority priority, DateTimeOffset dueUtc, string reason)
        {
            _priority = priority > _priority ? priority : _priority;
            _due = dueUtc < _due ? dueUtc : _due;
            _reasons.Add(reason);
        }

        public FlightTarget ToTarget() => new(asset.Id, asset.Kind, asset.Geometry, _priority, _reasons, _due,
            RequestIds.Distinct(StringComparer.Ordinal).ToList(), CaseIds.Distinct(StringComparer.Ordinal).ToList());
    }
}
