namespace DroneInspect.Grains.Abstractions.Review;

/// <summary>What an engineer can do to a finding. Stored as these strings, so stored reviews never depend on type names.</summary>
public static class ReviewActions
{
    /// <summary>The finding is real as graded.</summary>
    public const string Confirm = "confirm";

    /// <summary>The finding is not a defect (a reflection, a sun-heated surface...); a comment says why.</summary>
    public const string Reject = "reject";

    /// <summary>The finding is real, at another level of one standard (the reviewer's grade then heads it).</summary>
    public const string Regrade = "regrade";

    /// <summary>A remark that changes nothing else.</summary>
    public const string Comment = "comment";

    public static readonly IReadOnlyList<string> All = [Confirm, Reject, Regrade, Comment];
}
