using System.Text.RegularExpressions;

namespace DroneInspect.Viewer.Auth;

/// <summary>What a user name, a password and a role list must be; each check returns the reason it fails, or null.</summary>
public static partial class AccountRules
{
    public const int MinimumPasswordLength = 12;

    public const int MaximumPasswordLength = 256;

    public static string? CheckUserName(string? userName) =>
        userName is not null && UserNamePattern().IsMatch(userName)
            ? null
            : "userName must be 1 to 64 letters, digits, '.', '_' or '-'.";

    public static string? CheckPassword(string? password) =>
        password is { Length: >= MinimumPasswordLength and <= MaximumPasswordLength }
            ? null
            : $"password must be {MinimumPasswordLength} to {MaximumPasswordLength} characters.";

    public static string? CheckRoles(IReadOnlyList<string>? roles) =>
        roles is null ? "roles is required (it may be empty)."
        : roles.FirstOrDefault(r => !ViewerRoles.IsKnown(r)) is { } unknown
            ? $"Unknown role '{unknown}'; roles are {string.Join(", ", ViewerRoles.All)}."
            : null;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex UserNamePattern();
}
