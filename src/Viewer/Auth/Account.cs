namespace DroneInspect.Viewer.Auth;

/// <summary>A viewer user as stored: the password only as a PasswordHasher hash; sign-in failures for the lockout.</summary>
/// <param name="UserName">Unique, compared ignoring case; letters, digits, '.', '_' and '-'.</param>
/// <param name="FailedSignIns">Consecutive failed sign-ins since the last success or lockout.</param>
/// <param name="LockedUntil">Sign-in refused until then (UTC); null when not locked.</param>
public sealed record Account(
    string UserName,
    string PasswordHash,
    IReadOnlyList<string> Roles,
    int FailedSignIns = 0,
    DateTimeOffset? LockedUntil = null);

/// <summary>An API token as stored: only its SHA-256, never the token itself.</summary>
public sealed record ApiTokenRecord(
    string Id,
    string UserName,
    string Label,
    string TokenHash,
    DateTimeOffset Created,
    DateTimeOffset? Revoked = null);
