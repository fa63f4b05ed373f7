namespace DroneInspect.Grains.Abstractions.Review;

/// <summary>
/// One finding's review history, append-only. Key: "{flightId}/{findingId}" (<see cref="ReviewKeys.Of"/>); finding ids are
/// stable across reruns, so the history stays with the finding.
/// </summary>
public interface IFindingReviewGrain : IGrainWithStringKey
{
    /// <summary>Records one action by <paramref name="who"/>; an invalid request throws <see cref="ArgumentException"/> naming what is wrong, and records nothing.</summary>
    Task<ReviewEvent> Record(ReviewRequest request, string who);

    Task<IReadOnlyList<ReviewEvent>> History();

    Task<ReviewStatus> Status();
}
