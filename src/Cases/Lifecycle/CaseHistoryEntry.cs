namespace DroneInspect.Cases.Lifecycle;

/// <summary>One event in a case's history with its place: 1 for the opening, then 2, 3... in the order recorded.</summary>
public sealed record CaseHistoryEntry(int Sequence, CaseEvent Event);
