namespace DroneInspect.Cases.Requests;

/// <summary>The requests made from a set of reports, and the reports that could not be used.</summary>
public sealed record RequestBatch(IReadOnlyList<InspectionRequest> Requests, IReadOnlyList<ReportProblem> Problems);
