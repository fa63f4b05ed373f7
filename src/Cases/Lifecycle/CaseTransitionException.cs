namespace DroneInspect.Cases.Lifecycle;

/// <summary>
/// A case was asked to take a step its state does not allow (e.g. resolved before it was worked). The message names the
/// case, its state, the step and the steps that are allowed; nothing was recorded.
/// </summary>
public sealed class CaseTransitionException : InvalidOperationException
{
    public CaseTransitionException(string caseId, CaseStatus current, string attempted, IReadOnlyList<CaseStatus> allowed)
        : base(MessageOf(caseId, current, attempted, allowed))
    {
        CaseId = caseId;
        Current = current;
        Attempted = attempted;
        Allowed = allowed;
    }

    public CaseTransitionException()
        : this(string.Empty, CaseStatus.NotOpened, string.Empty, [])
    {
    }

    public CaseTransitionException(string message)
        : base(message)
    {
        CaseId = string.Empty;
        Attempted = string.Empty;
        Allowed = [];
    }

    public CaseTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        CaseId = string.Empty;
        Attempted = string.Empty;
        Allowed = [];
    }

    public string CaseId { get; }

    public CaseStatus Current { get; }

    /// <summary>The step as words: a state's name ("Resolved") or an action ("take a note").</summary>
    public string Attempted { get; }

    /// <summary>The states the case can move to now (empty once it is Closed or Cancelled).</summary>
    public IReadOnlyList<CaseStatus> Allowed { get; }

    private static string MessageOf(string caseId, CaseStatus current, string attempted, IReadOnlyList<CaseStatus> allowed)
    {
        var verb = Enum.TryParse<CaseStatus>(attempted, out _) ? $"be {attempted}" : attempted;
        var next = allowed.Count == 0 ? "none (the case is final)" : string.Join(", ", allowed);
        return $"Case {caseId} is {current}; it cannot {verb}. Next allowed: {next}.";
    }
}
