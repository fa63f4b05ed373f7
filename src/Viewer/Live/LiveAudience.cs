using System.Security.Claims;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Viewer.Live;

/// <summary>
/// Who a stream is for, fixed when it opens: engineers, service and admins receive every event; a pilot only events
/// about flights and uploads they own, as <see cref="FlightAccess"/> lets them see only their own flights.
/// </summary>
public sealed record LiveAudience(string? UserName, bool SeesAll, bool IsPilot)
{
    /// <summary>Everything, for in-process listeners.</summary>
    public static LiveAudience Everything { get; } = new(null, SeesAll: true, IsPilot: false);

    public static LiveAudience Of(ClaimsPrincipal user) =>
        new(user.Identity?.Name, FlightAccess.SeesAllFlights(user), user.IsInRole(ViewerRoles.Pilot));

    /// <summary>Owner names compare as <see cref="FlightAccess"/> compares them (ignoring case).</summary>
    public bool Admits(LiveEvent live) =>
        SeesAll
        || (IsPilot && UserName is not null && live.Owner is not null && string.Equals(live.Owner, UserName, StringComparison.OrdinalIgnoreCase));
}
