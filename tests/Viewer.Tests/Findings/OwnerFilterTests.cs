using System.Security.Claims;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;

namespace DroneInspect.Viewer.Tests.Findings;

/// <summary>The findings query filters by owner with the same rule as <see cref="FlightAccess.CanSeeAsync"/>.</summary>
public sealed class OwnerFilterTests
{
    private static ClaimsPrincipal User(string name, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    [Theory]
    [InlineData(ViewerRoles.Engineer)]
    [InlineData(ViewerRoles.Service)]
    [InlineData(ViewerRoles.Admin)]
    public void NonPilotRolesSeeEveryFlightOwnedOrNot(string role)
    {
        var admits = FlightAccess.OwnerFilter(User("someone", role));

        Assert.True(admits(null));
        Assert.True(admits("pilot1"));
    }

    [Fact]
    public void PilotSeesOnlyFlightsTheyOwnWhateverTheCase()
    {
        var admits = FlightAccess.OwnerFilter(User("Pilot1", ViewerRoles.Pilot));

        Assert.True(admits("pilot1"));
        Assert.False(admits("pilot2"));
        Assert.False(admits(null));
    }

    [Fact]
    public void UserWithoutRoleSeesNothing() =>
        Assert.False(FlightAccess.OwnerFilter(User("pilot1"))("pilot1"));
}
