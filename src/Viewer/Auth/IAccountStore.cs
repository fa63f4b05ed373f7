namespace DroneInspect.Viewer.Auth;

/// <summary>
/// Users and their API tokens. The embedded default keeps them in SQLite under the data folder
/// (<see cref="SqliteAccountStore"/>); a shared store for a cluster implements the same interface.
/// </summary>
public interface IAccountStore
{
    Task<bool> AnyUserAsync(CancellationToken cancellationToken);

    Task<Account?> FindAsync(string userName, CancellationToken cancellationToken);

    Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken);

    /// <summary>False when a user of that name (ignoring case) exists already.</summary>
    Task<bool> TryCreateAsync(Account account, CancellationToken cancellationToken);

    /// <summary>False when there is no such user.</summary>
    Task<bool> SetRolesAsync(string userName, IReadOnlyList<string> roles, CancellationToken cancellationToken);

    /// <summary>Replaces the password hash and clears any lockout; false when there is no such user.</summary>
    Task<bool> SetPasswordHashAsync(string userName, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Records the outcome of sign-in attempts: the failure count and any lockout.</summary>
    Task SetSignInStateAsync(string userName, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken);

    Task AddTokenAsync(ApiTokenRecord token, CancellationToken cancellationToken);

    Task<ApiTokenRecord?> FindTokenByHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiTokenRecord>> ListTokensAsync(string userName, CancellationToken cancellationToken);

    /// <summary>False when the user has no unrevoked token with that id.</summary>
    Task<bool> RevokeTokenAsync(string userName, string tokenId, DateTimeOffset at, CancellationToken cancellationToken);
}
