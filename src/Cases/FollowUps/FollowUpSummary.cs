namespace DroneInspect.Cases.FollowUps;

/// <summary>
/// What follow-ups say, per area and per kind of case, and which are overdue: the feedback that tells the utility
/// where and how to inspect. Pure: the caller passes the records and the time.
/// </summary>
/// <param name="ByArea">One group per feeder or transformer, sorted by key.</param>
/// <param name="ByKind">One group per case kind and urgency ("thermal/serious"), sorted by key.</param>
/// <param name="Problems">Records left out of the figures (a satisfaction outside 1-5), one sentence each.</param>
public sealed record FollowUpSummary(
    IReadOnlyList<FollowUpGroup> ByArea,
    IReadOnlyList<FollowUpGroup> ByKind,
    IReadOnlyList<string> Problems)
{
    public static FollowUpSummary Of(IEnumerable<FollowUpRecord> records)
    {
        var valid = new List<FollowUpRecord>();
        var problems = new List<string>();
        foreach (var record in records)
        {
            if (record.Satisfaction is { } score and (< FollowUpRecord.MinSatisfaction or > FollowUpRecord.MaxSatisfaction))
            {
                problems.Add($"Follow-up of case {record.CaseId} has satisfaction {score}, outside {FollowUpRecord.MinSatisfaction}-{FollowUpRecord.MaxSatisfaction}; left out.");
            }
            else
            {
                valid.Add(record);
            }
        }

        return new FollowUpSummary(
            Group(valid, r => $"{r.AreaKind.ToString().ToLowerInvariant()}:{r.AreaId}"),
            Group(valid, r => $"{r.CaseKind}/{r.Urgency.ToString().ToLowerInvariant()}"),
            problems);
    }

    /// <summary>Open follow-ups whose due time is before <paramref name="nowUtc"/>, longest overdue first.</summary>
    public static IReadOnlyList<FollowUpRecord> Overdue(IEnumerable<FollowUpRecord> records, DateTimeOffset nowUtc) =>
        records.Where(r => r.IsOpen && r.DueUtc < nowUtc)
            .OrderBy(r => r.DueUtc).ThenBy(r => r.CaseId, StringComparer.Ordinal).ToList();

    private static List<FollowUpGroup> Group(IEnumerable<FollowUpRecord> records, Func<FollowUpRecord, string> key) =>
        records.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var rated = g.Where(r => !r.IsOpen && r.Satisfaction is not null).Select(r => r.Satisfaction!.Value).ToList();
            return new FollowUpGroup(
                g.Key,
                g.Count(),
                rated.Count,
                rated.Count > 0 ? rated.Average() : null,
                rated.Count > 0 ? (double)rated.Count(s => s <= FollowUpRecord.DissatisfiedAtMost) / rated.Count : null,
                g.Count(r => r.IsOpen));
        }).ToList();
}
