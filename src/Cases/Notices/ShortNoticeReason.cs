namespace DroneInspect.Cases.Notices;

/// <summary>Why notices go out at once instead of the lead time before the window.</summary>
public enum ShortNoticeReason
{
    /// <summary>Notices go out the lead time before the window, as the utility's practice asks.</summary>
    None,

    /// <summary>A critical defect: the repair cannot wait the lead time, so customers are told at once.</summary>
    Critical,

    /// <summary>The window starts sooner than the lead time allows; a planning problem for a non-critical case.</summary>
    Late,
}
