using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Grains.Tests.Flight;

namespace DroneInspect.Grains.Tests.Review;

/// <summary>A finding's review history: append-only, validated, kept across deactivation, folded into a status.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FindingReviewGrainTests(ClusterFixture fixture)
{
    private const string Hostile = "<script>alert(1)</script>'; DROP TABLE grains; --";

    [Fact]
    public async Task EventsAreAppendedInOrderWithWhoAndWhenAndSurviveDeactivation()
    {
        var grain = fixture.Client.GetGrain<IFindingReviewGrain>(ReviewKeys.Of("review-a", "P-F3-04-t3f4320"));
        var before = DateTimeOffset.UtcNow;

        await grain.Record(new ReviewRequest(ReviewActions.Confirm, null, null, null), "eng.anna");
        await grain.Record(new ReviewRequest(ReviewActions.Comment, null, null, Hostile), "eng.ben");
        await grain.Record(new ReviewRequest(ReviewActions.Regrade, "NETA-MTS-100.18-similar", "probable-deficiency", "load was low"), "eng.anna");
        await fixture.Cluster.DeactivateAsync(grain);
        var history = await grain.History();

        Assert.Equal([1, 2, 3], history.Select(e => e.Sequence));
        Assert.Equal(["eng.anna", "eng.ben", "eng.anna"], history.Select(e => e.Who));
        Assert.All(history, e => Assert.InRange(e.AtUtc, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.Equal(Hostile, history[1].Comment); // kept verbatim; every page and report escapes it when shown
        var status = await grain.Status();
        Assert.Equal((ReviewStatus.Confirmed, "NETA-MTS-100.18-similar", "probable-deficiency", 3, "eng.anna"),
            (status.State, status.Standard, status.Level, status.EventCount, status.LastBy));
    }

    [Theory]
    [InlineData("approve", null, null, "x", "Unknown review action 'approve'")]
    [InlineData(ReviewActions.Reject, null, null, "  ", "needs a comment")]
    [InlineData(ReviewActions.Regrade, "NETA-MTS-100.18-similar", "monitor", null, "'monitor' is not a level of NETA-MTS-100.18-similar")]
    [InlineData(ReviewActions.Regrade, "made-up", "critical", null, "needs a known standard")]
    public async Task InvalidRequestsSayWhatIsWrongAndRecordNothing(string action, string? standard, string? level, string? comment, string message)
    {
        var grain = fixture.Client.GetGrain<IFindingReviewGrain>(ReviewKeys.Of("review-b", $"{action}-{standard}-{level}"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => grain.Record(new ReviewRequest(action, standard, level, comment), "eng.anna"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(await grain.History());
    }

    [Fact]
    public async Task ACommentLongerThanTheLimitOrAMissingReviewerIsRefused()
    {
        var grain = fixture.Client.GetGrain<IFindingReviewGrain>(ReviewKeys.Of("review-c", "F"));

        await Assert.ThrowsAsync<ArgumentException>(() => grain.Record(new ReviewRequest(ReviewActions.Comment, null, null, new string('x', 4001)), "eng.anna"));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.Record(new ReviewRequest(ReviewActions.Confirm, null, null, null), " "));

        Assert.Empty(await grain.History());
    }

    [Fact]
    public void TheLastDecidingActionSetsTheStateAndCommentsDoNot()
    {
        var at = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
        ReviewEvent Event(int n, string action) => new(n, action, null, null, action == ReviewActions.Confirm ? null : "why", "eng", at.AddMinutes(n));

        Assert.Equal(ReviewStatus.Unreviewed, ReviewStatus.Of([]).State);
        Assert.Equal(ReviewStatus.Unreviewed, ReviewStatus.Of([Event(1, ReviewActions.Comment)]).State);
        Assert.Equal(ReviewStatus.Rejected, ReviewStatus.Of([Event(1, ReviewActions.Confirm), Event(2, ReviewActions.Reject), Event(3, ReviewActions.Comment)]).State);
        Assert.Equal(ReviewStatus.Confirmed, ReviewStatus.Of([Event(1, ReviewActions.Reject), Event(2, ReviewActions.Confirm)]).State);
    }
}
