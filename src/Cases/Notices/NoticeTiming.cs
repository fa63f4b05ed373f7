using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Notices;

/// <summary>When a case's notices go out, and why at once when they cannot wait for the lead time.</summary>
/// <param name="OnTimeUtc">The window start less the lead time: when notices go out under the utility's practice.</param>
public sealed record NoticeTiming(DateTimeOffset SendAtUtc, DateTimeOffset OnTimeUtc, ShortNoticeReason Reason)
{
    /// <summary>
    /// Critical cases go out at once whatever the window; others the lead time before the window, or at once (late)
    /// when that moment has passed.
    /// </summary>
    public static NoticeTiming For(IReadOnlyList<CaseFinding> findings, WorkWindow window, DateTimeOffset nowUtc, TimeSpan leadTime)
    {
        var onTime = window.StartUtc - leadTime;
        if (findings.Any(f => f.Urgency == CaseUrgency.Critical)) return new NoticeTiming(nowUtc, onTime, ShortNoticeReason.Critical);
        if (onTime < nowUtc) return new NoticeTiming(nowUtc, onTime, ShortNoticeReason.Late);
        return new NoticeTiming(onTime, onTime, ShortNoticeReason.None);
    }
}
