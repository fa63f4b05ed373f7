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
    public static bool OwnerAdmits(ClaimsPrincipal user, string? owner) =>
        SeesAllFlights(user)
        || (user.IsInRole(ViewerRoles.Pilot) && owner is not null && string.Equals(owner, user.Identity?.Name, StringComparison.OrdinalIgnoreCase));
}
