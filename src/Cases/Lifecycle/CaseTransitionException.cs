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
        Data[nameof(CaseId)] = caseId;
        Data[nameof(Current)] = current.ToString();
        Data[nameof(Attempted)] = attempted;
        Data[nameof(Allowed)] = string.Join(",", allowed);
    }

    public CaseTransitionException()
        : this(string.Empty, CaseStatus.NotOpened, string.Empty, [])
    {
    }

    public CaseTransitionException(string message)
        : base(message)
    {
    }

    public CaseTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string CaseId => Data[nameof(CaseId)] as string ?? string.Empty;

    public CaseStatus Current => Enum.TryParse<CaseStatus>(Data[nameof(Current)] as string, out var status) ? status : CaseStatus.NotOpened;

    /// <summary>The step as words: a state's name ("Resolved") or an action ("take a note").</summary>
    public string Attempted => Data[nameof(Attempted)] as string ?? string.Empty;

    /// <summary>The states the case can move to now (empty once it is Closed or Cancelled).</summary>
    public IReadOnlyList<CaseStatus> Allowed =>
        [.. (Data[nameof(Allowed)] as string ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<CaseStatus>)];

    private static string MessageOf(string caseId, CaseStatus current, string attempted, IReadOnlyList<CaseStatus> allowed)
    {
        var verb = Enum.TryParse<CaseStatus>(attempted, out _) ? $"be {attempted}" : attempted;
        var next = allowed.Count == 0 ? "none (the case is final)" : string.Join(", ", allowed);
        return $"Case {caseId} is {current}; it cannot {verb}. Next allowed: {next}.";
    }
}
