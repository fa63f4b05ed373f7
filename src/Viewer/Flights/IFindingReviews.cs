using DroneInspect.Grains.Abstractions.Review;

namespace DroneInspect.Viewer.Flights;

/// <summary>Engineers' reviews of findings, as the HTTP API records and reads them.</summary>
public interface IFindingReviews
{
    /// <summary>Records one action by <paramref name="who"/>; an invalid request throws <see cref="ArgumentException"/> saying what is wrong.</summary>
    Task<ReviewEvent> RecordAsync(string flightId, string findingId, ReviewRequest request, string who, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReviewEvent>> HistoryAsync(string flightId, string findingId, CancellationToken cancellationToken);
}
