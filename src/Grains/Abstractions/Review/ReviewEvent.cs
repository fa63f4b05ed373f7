namespace DroneInspect.Grains.Abstractions.Review;

/// <summary>One recorded review action: append-only, numbered from 1 in the order recorded.</summary>
/// <param name="Sequence">1 for the finding's first review event, then 2, 3...</param>
/// <param name="Who">The user who acted (their sign-in name).</param>
/// <param name="AtUtc">When it was recorded, UTC.</param>
[GenerateSerializer, Immutable]
public sealed record class ReviewEvent(
    [property: Id(0)] int Sequence,
    [property: Id(1)] string Action,
    [property: Id(2)] string? Standard,
    [property: Id(3)] string? Level,
    [property: Id(4)] string? Comment,
    [property: Id(5)] string Who,
    [property: Id(6)] DateTimeOffset AtUtc);
