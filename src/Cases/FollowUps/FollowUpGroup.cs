namespace DroneInspect.Cases.FollowUps;

/// <summary>Figures for one group of follow-ups (one area, or one kind of case).</summary>
/// <param name="Key">"feeder:F1", "transformer:T1", or "thermal/serious".</param>
/// <param name="Count">All follow-ups in the group, open or done.</param>
/// <param name="Rated">Done follow-ups with a satisfaction answer; the two figures below are over these.</param>
/// <param name="MeanSatisfaction">Mean answer on the 1-5 scale; null when none rated.</param>
/// <param name="ShareDissatisfied">Fraction (0-1) of rated answers at 2 or below; null when none rated.</param>
/// <param name="Open">Follow-ups not yet done.</param>
public sealed record FollowUpGroup(string Key, int Count, int Rated, double? MeanSatisfaction, double? ShareDissatisfied, int Open);
