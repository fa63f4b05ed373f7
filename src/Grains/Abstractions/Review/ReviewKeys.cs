namespace DroneInspect.Grains.Abstractions.Review;

/// <summary>The key of a finding's <see cref="IFindingReviewGrain"/>.</summary>
public static class ReviewKeys
{
    public static string Of(string flightId, string findingId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(flightId);
        ArgumentException.ThrowIfNullOrWhiteSpace(findingId);
        return $"{flightId}/{findingId}";
    }
}
