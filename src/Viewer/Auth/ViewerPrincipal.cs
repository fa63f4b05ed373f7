using System.Security.Claims;

namespace DroneInspect.Viewer.Auth;

/// <summary>The claims a signed-in user carries: the name and one role claim per role.</summary>
public static class ViewerPrincipal
{
    public static ClaimsPrincipal For(Account account, string authenticationType)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, account.UserName) };
        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string NameOf(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("The caller is not signed in.");
}
