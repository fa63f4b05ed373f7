using System.Security.Claims;
using DroneInspect.Viewer.Auth;

namespace DroneInspect.Viewer.Flights;

/// <summary>Whether a caller may see a flight: engineers, service and admins see every flight; pilots their own.</summary>
public sealed class FlightAccess(IFlightOwners owners)
{
    public static bool SeesAllFlights(ClaimsPrincipal user) =>
        user.IsInRole(ViewerRoles.Engineer) || user.IsInRole(ViewerRoles.Service) || user.IsInRole(ViewerRoles.Admin);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, string flightId, CancellationToken cancellationToken)
    {
        if (SeesAllFlights(user))
        {
            return true;
        }

        return user.IsInRole(ViewerRoles.Pilot) && OwnerAdmits(user, await owners.FindOwnerAsync(flightId, cancellationToken));
    }

    /// <summary>Whether <paramref name="user"/> may see a flight owned by <paramref name="owner"/> (null: no owner), without a database read.</summary>
    public static bool OwnerAdmits(ClaimsPrincipal user, string? owner) => OwnerFilter(user)(owner);

    /// <summary>
    /// <see cref="OwnerAdmits"/> with the user's roles read once: a test of a flight's owner (null: no owner) for
    /// filtering many findings in one request.
    /// </summary>
    public static Func<string?, bool> OwnerFilter(ClaimsPrincipal user)
    {
        if (SeesAllFlights(user))
        {
            return _ => true;
        }

        var pilot = user.IsInRole(ViewerRoles.Pilot) ? user.Identity?.Name : null;
        return owner => pilot is not null && owner is not null && string.Equals(owner, pilot, StringComparison.OrdinalIgnoreCase);
    }
}
