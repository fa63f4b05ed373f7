namespace DroneInspect.Grains.Abstractions.Review;

/// <summary>Where a finding's review stands, folded from its events (<see cref="ReviewStatus.Of"/>).</summary>
/// <param name="State">"unreviewed", "confirmed" (a confirm or a regrade was last) or "rejected".</param>
/// <param name="Standard">The reviewer's grade's standard when the last deciding action was a regrade; else null.</param>
/// <param name="Level">The reviewer's level on that standard; else null.</param>
/// <param name="EventCount">How many events the finding's history holds (comments included).</param>
/// <param name="LastBy">Who recorded the last event; null without events.</param>
/// <param name="LastAtUtc">When; null without events.</param>
[GenerateSerializer, Immutable]
public sealed record class ReviewStatus(
    [property: Id(0)] string State,
    [property: Id(1)] string? Standard,
    [property: Id(2)] string? Level,
    [property: Id(3)] int EventCount,
    [property: Id(4)] string? LastBy,
    [property: Id(5)] DateTimeOffset? LastAtUtc)
{
    public const string Unreviewed = "unreviewed";
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";

    public static ReviewStatus None { get; } = new(Unreviewed, null, null, 0, null, null);

    /// <summary>One line for tables: "unreviewed", "rejected by eng.anna 2026-12-03 10:00 UTC", "confirmed as serious (DL/T 664-2016) by ...".</summary>
    public string Describe()
    {
        if (LastBy is null || State == Unreviewed)
        {
            return EventCount == 0 ? Unreviewed : $"{Unreviewed} ({EventCount} comment(s))";
        }

        var grade = Level is null ? string.Empty : $" as {Level} ({Standard})";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{State}{grade} by {LastBy} {LastAtUtc:yyyy-MM-dd HH:mm} UTC");
    }

    /// <summary>The state after <paramref name="history"/>: the last confirm, reject or regrade decides; comments do not.</summary>
    public static ReviewStatus Of(IReadOnlyList<ReviewEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            return None;
        }

        var deciding = history.LastOrDefault(e => e.Action != ReviewActions.Comment);
        var last = history[^1];
        return deciding?.Action switch
        {
            ReviewActions.Reject => new(Rejected, null, null, history.Count, last.Who, last.AtUtc),
            ReviewActions.Regrade => new(Confirmed, deciding.Standard, deciding.Level, history.Count, last.Who, last.AtUtc),
            ReviewActions.Confirm => new(Confirmed, null, null, history.Count, last.Who, last.AtUtc),
            _ => new(Unreviewed, null, null, history.Count, last.Who, last.AtUtc),
        };
    }
}
