using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Viewer.Findings;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Viewer.Tests.Findings;

public sealed class IndexRefreshingReviewsTests
{
    /// <summary>Stands in for the grains: recording a confirm makes the flight's finding confirmed, as RefreshReviews does.</summary>
    private sealed class ConfirmingReviews(InMemoryFlightQueries flights) : IFindingReviews
    {
        public Task<ReviewEvent> RecordAsync(string flightId, string findingId, ReviewRequest request, string who, CancellationToken cancellationToken)
        {
            flights.Add(TestFindings.Status(flightId, 1), [TestFindings.Thermal(findingId, 80, 8.5, 47.3, review: ReviewStatus.Confirmed)]);
            return Task.FromResult(new ReviewEvent(1, request.Action, null, null, null, who, DateTimeOffset.UnixEpoch));
        }

        public Task<IReadOnlyList<ReviewEvent>> HistoryAsync(string flightId, string findingId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ReviewEvent>>([]);
    }

    [Fact]
    public async Task TheIndexShowsTheReviewAsSoonAsItIsRecorded()
    {
        var flights = new InMemoryFlightQueries();
        flights.Add(TestFindings.Status("f", 1), [TestFindings.Thermal("h1", 80, 8.5, 47.3)]);
        var index = new FindingIndex(flights, new InMemoryFlightOwners(), TimeProvider.System);
        await index.RefreshAsync(default);
        var reviews = new IndexRefreshingReviews(new ConfirmingReviews(flights), index);

        // The flight's progress is unchanged: only the review tells the index to read it again.
        await reviews.RecordAsync("f", "h1", new ReviewRequest(ReviewActions.Confirm, null, null, null), "alice", default);

        Assert.Equal(ReviewStatus.Confirmed, index.All.Single().Finding.Review.State);
    }
}
