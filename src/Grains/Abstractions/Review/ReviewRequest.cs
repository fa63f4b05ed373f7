namespace DroneInspect.Grains.Abstractions.Review;

/// <summary>One review action as asked for; who asks is the signed-in user, never a field a caller fills in.</summary>
/// <param name="Action">One of <see cref="ReviewActions.All"/>.</param>
/// <param name="Standard">For a regrade: the standard of the new grade (e.g. "NETA-MTS-100.18-similar").</param>
/// <param name="Level">For a regrade: the new level, one of that standard's levels.</param>
/// <param name="Comment">Free text, kept verbatim and always shown escaped; required to reject and to comment.</param>
[GenerateSerializer, Immutable]
public sealed record class ReviewRequest(
    [property: Id(0)] string Action,
    [property: Id(1)] string? Standard,
    [property: Id(2)] string? Level,
    [property: Id(3)] string? Comment);
