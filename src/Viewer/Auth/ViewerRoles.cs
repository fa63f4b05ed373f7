namespace DroneInspect.Viewer.Auth;

/// <summary>The roles a viewer user can hold; a user may hold several, or none (signed in, sees nothing).</summary>
public static class ViewerRoles
{
    /// <summary>Uploads flights and sees the flights they own.</summary>
    public const string Pilot = "pilot";

    /// <summary>Reviews every flight's findings.</summary>
    public const string Engineer = "engineer";

    /// <summary>Customers and cases; reads every flight's findings.</summary>
    public const string Service = "service";

    /// <summary>Manages users and roles; reads everything.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Pilot, Engineer, Service, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
