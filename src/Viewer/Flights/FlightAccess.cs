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

        return user.IsInRole(ViewerRoles.Pilot)
            && await owners.FindOwnerAsync(flightId, cancellationToken) is { } owner
            && string.Equals(owner, user.Identity?.Name, StringComparison.OrdinalIgnoreCase);
    }
}
