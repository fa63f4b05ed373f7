namespace DroneInspect.Cases.Requests;

/// <summary>
/// A request to inspect the assets that supply one transformer's customers, made from one or more customer reports.
/// Reports on the same transformer merge into one request; enough distinct reporters raise its priority.
/// </summary>
/// <param name="Id">"REQ-{transformer}-{first report id}".</param>
/// <param name="Targets">Assets to look at, most likely first.</param>
/// <param name="ReportIds">The reports merged here, oldest first.</param>
/// <param name="Reporters">Distinct reporters (accounts; a non-customer counts once per report).</param>
/// <param name="Escalated">True when <see cref="Reporters"/> reached the policy's threshold and raised the priority.</param>
/// <param name="OpenedAtUtc">The time of the oldest report.</param>
/// <param name="DueUtc">The earliest due time any report (or the escalation) set.</param>
public sealed record InspectionRequest(
    string Id,
    string TransformerId,
    RequestPriority Priority,
    IReadOnlyList<RequestTarget> Targets,
    IReadOnlyList<string> ReportIds,
    IReadOnlyList<SymptomTally> Symptoms,
    int Reporters,
    bool Escalated,
    DateTimeOffset OpenedAtUtc,
    DateTimeOffset DueUtc,
    RequestStatus Status)
{
    /// <summary>Open -> Planned (the inspection is on a flight plan).</summary>
    public InspectionRequest Plan() => Move(RequestStatus.Planned, RequestStatus.Open);

    /// <summary>Open or Planned -> Done (the assets were looked at).</summary>
    public InspectionRequest Complete() => Move(RequestStatus.Done, RequestStatus.Open, RequestStatus.Planned);

    /// <summary>Open or Planned -> Cancelled (e.g. the cause was found on the customer's side).</summary>
    public InspectionRequest Cancel() => Move(RequestStatus.Cancelled, RequestStatus.Open, RequestStatus.Planned);

    private InspectionRequest Move(RequestStatus to, params RequestStatus[] from) => from.Contains(Status)
        ? this with { Status = to }
        : throw new InvalidOperationException(
            $"Inspection request {Id} is {Status}; it can become {to} only from {string.Join(" or ", from)}.");
}
