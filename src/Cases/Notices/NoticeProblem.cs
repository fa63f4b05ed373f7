namespace DroneInspect.Cases.Notices;

/// <summary>What is wrong with the plan, for the planner to fix.</summary>
public enum NoticeProblemKind
{
    /// <summary>A non-critical window starts sooner than the lead time: customers cannot be told as early as the practice asks.</summary>
    WindowInsideLeadTime,

    /// <summary>The window has already started: no notice can come before it.</summary>
    WindowAlreadyStarted,

    /// <summary>No affected customers: nobody is notified.</summary>
    NoCustomers,
}

/// <summary>A planning problem in words for the desk.</summary>
public sealed record NoticeProblem(NoticeProblemKind Kind, string Detail);
