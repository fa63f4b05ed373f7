namespace DroneInspect.Cases.Requests;

/// <summary>A report that could not become (part of) a request, and why in words.</summary>
public sealed record ReportProblem(string ReportId, string Reason);
