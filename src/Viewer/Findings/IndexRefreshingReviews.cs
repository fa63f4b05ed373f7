using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Viewer.Findings;

/// <summary>
/// Records reviews through <paramref name="inner"/>, then refreshes the flight in <see cref="FindingIndex"/> before
/// answering, so the map's next query already shows the new review state.
/// </summary>
public sealed class IndexRefreshingReviews(IFindingReviews inner, FindingIndex index) : IFindingReviews
{
    public async Task<ReviewEvent> RecordAsync(string flightId, string findingId, ReviewRequest request, string who, CancellationToken cancellationToken)
    {
        var recorded = await inner.RecordAsync(flightId, findingId, request, who, cancellationToken);
        index.MarkStale(flightId);
        await index.RefreshAsync(cancellationToken);
        return recorded;
    }

    public Task<IReadOnlyList<ReviewEvent>> HistoryAsync(string flightId, string findingId, CancellationToken cancellationToken) =>
        inner.HistoryAsync(flightId, findingId, cancellationToken);
}
