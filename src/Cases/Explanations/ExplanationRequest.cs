using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Explanations;

/// <summary>An earlier inspection of the same asset, as the asset's history gives it.</summary>
/// <param name="MaxTemperatureCelsius">The hottest point then: Celsius when <paramref name="Absolute"/>, else sensor counts; null when not measured.</param>
/// <param name="GradeLevel">The grade given then, e.g. "general"; "none" when nothing was found.</param>
public sealed record EarlierInspection(DateTimeOffset InspectedAtUtc, double? MaxTemperatureCelsius, bool Absolute, string GradeLevel);

/// <summary>Everything a results explanation for one customer and one case is made from.</summary>
/// <param name="WorkRecord">What the crew did, in the customer's language, from the case's work record; null while none is kept.</param>
/// <param name="AmbientSource">Where the air temperature came from, e.g. "weather" or "capture"; null when unknown.</param>
/// <param name="EarlierInspections">The asset's earlier inspections, any order; empty when this is the first on record.</param>
public sealed record ExplanationRequest(
    string CaseId,
    Customer Customer,
    CaseFinding Finding,
    ExplanationEvidence Evidence,
    string? WorkRecord,
    string? AmbientSource,
    IReadOnlyList<EarlierInspection> EarlierInspections);
