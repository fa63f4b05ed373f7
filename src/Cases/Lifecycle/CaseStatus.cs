namespace DroneInspect.Cases.Lifecycle;

/// <summary>
/// Where a case stands. The order of the work: Opened, Planned, CustomersNotified, Worked, Resolved, FollowedUp, Closed;
/// Cancelled ends a case from any state before Closed. Stored by name, so the order of members is free to change.
/// </summary>
public enum CaseStatus
{
    /// <summary>No event yet: the case id is free.</summary>
    NotOpened,

    /// <summary>A confirmed finding asks for work; the due time runs from here.</summary>
    Opened,

    /// <summary>A work window is set (repair or inspection, with or without a planned outage).</summary>
    Planned,

    /// <summary>The affected customers were told of the window.</summary>
    CustomersNotified,

    /// <summary>The crew did the work.</summary>
    Worked,

    /// <summary>The defect is gone (checked after the work).</summary>
    Resolved,

    /// <summary>Someone asked the customers how it went.</summary>
    FollowedUp,

    /// <summary>Done; nothing more can be recorded.</summary>
    Closed,

    /// <summary>Ended without the work (a reason is kept); nothing more can be recorded.</summary>
    Cancelled,
}
