namespace DroneInspect.Cases.Requests;

/// <summary>How many distinct reporters noticed one symptom on a request's transformer, and what they said for "other".</summary>
/// <param name="Texts">The reporters' own words (symptom texts), with the reporter's name and contacts removed.</param>
public sealed record SymptomTally(ReportSymptom Symptom, int Reporters, IReadOnlyList<string> Texts);
