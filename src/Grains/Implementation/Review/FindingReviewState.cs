using DroneInspect.Grains.Abstractions.Review;

namespace DroneInspect.Grains.Review;

/// <summary>A finding's stored review history, oldest first.</summary>
[GenerateSerializer, Immutable]
public sealed record class FindingReviewState([property: Id(0)] IReadOnlyList<ReviewEvent> Events)
{
    public FindingReviewState()
        : this([])
    {
    }
}
