using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Abstractions.Review;

namespace DroneInspect.Viewer.Flights;

/// <summary>Reviews kept by <see cref="IFindingReviewGrain"/>; after each one the flight rewrites its outputs to carry it.</summary>
public sealed class GrainFindingReviews(IGrainFactory grains) : IFindingReviews
{
    public async Task<ReviewEvent> RecordAsync(string flightId, string findingId, ReviewRequest request, string who, CancellationToken cancellationToken)
    {
        var recorded = await grains.GetGrain<IFindingReviewGrain>(ReviewKeys.Of(flightId, findingId)).Record(request, who).WaitAsync(cancellationToken);
        await grains.GetGrain<IFlightGrain>(flightId).RefreshReviews().WaitAsync(cancellationToken);
        return recorded;
    }

    public Task<IReadOnlyList<ReviewEvent>> HistoryAsync(string flightId, string findingId, CancellationToken cancellationToken) =>
        grains.GetGrain<IFindingReviewGrain>(ReviewKeys.Of(flightId, findingId)).History().WaitAsync(cancellationToken);
}
