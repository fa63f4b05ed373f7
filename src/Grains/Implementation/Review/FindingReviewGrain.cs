using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Vision.Thermal.Grading;

namespace DroneInspect.Grains.Review;

/// <summary>
/// Keeps one finding's review events, append-only: an event is added after the events before it and never changed or
/// removed. The grade scales come from the default grading rules.
/// </summary>
public sealed class FindingReviewGrain(
    [PersistentState("review", "inspect")] IPersistentState<FindingReviewState> state,
    TimeProvider time) : Grain, IFindingReviewGrain
{
    public async Task<ReviewEvent> Record(ReviewRequest request, string who)
    {
        var valid = ReviewRules.Validate(request, who, GradingRules.Default);
        var recorded = new ReviewEvent(
            state.State.Events.Count + 1, valid.Action, valid.Standard, valid.Level, valid.Comment, who.Trim(), time.GetUtcNow());
        state.State = state.State with { Events = [.. state.State.Events, recorded] };
        await state.WriteStateAsync();
        return recorded;
    }

    public Task<IReadOnlyList<ReviewEvent>> History() => Task.FromResult(state.State.Events);

    public Task<ReviewStatus> Status() => Task.FromResult(ReviewStatus.Of(state.State.Events));
}
