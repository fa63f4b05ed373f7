using System.Collections.Concurrent;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// Every request is authenticated against the account store (the user's roles for a cookie, the token for a bearer),
/// two database reads that cost an API call as much as answering it. This keeps accounts and tokens found for
/// <see cref="TimeToLive"/> and forgets everything at once on any change made through it, so in this process a role
/// change, a new password, a lockout or a revoked token applies to the next request; a change made by another
/// process sharing the store applies within <see cref="TimeToLive"/>. Only what was found is kept: an unknown name or
/// token always reaches the store (and guessing cannot fill the cache), and the cache is emptied past
/// <see cref="MaxEntries"/>.
/// </summary>
public sealed class CachingAccountStore(IAccountStore inner, TimeProvider time) : IAccountStore
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(5);

    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (Account Account, DateTimeOffset Until)> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (ApiTokenRecord Token, DateTimeOffset Until)> _tokens = new(StringComparer.Ordinal);

    public async Task<Account?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_accounts.TryGetValue(userName, out var kept) && kept.Until > now)
        {
            return kept.Account;
        }

        var account = await inner.FindAsync(userName, cancellationToken);
        if (account is not null)
        {
            Keep(_accounts, userName, (account, now + TimeToLive));
        }

        return account;
    }

    public async Task<ApiTokenRecord?> FindTokenByHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_tokens.TryGetValue(tokenHash, out var kept) && kept.Until > now)
        {
            return kept.Token;
        }

        var token = await inner.FindTokenByHashAsync(tokenHash, cancellationToken);
        if (token is not null)
        {
            Keep(_tokens, tokenHash, (token, now + TimeToLive));
        }

        return token;
    }

    public Task<bool> AnyUserAsync(CancellationToken cancellationToken) => inner.AnyUserAsync(cancellationToken);

    public Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public Task<IReadOnlyList<ApiTokenRecord>> ListTokensAsync(string userName, CancellationToken cancellationToken) =>
        inner.ListTokensAsync(userName, cancellationToken);

    public Task<bool> TryCreateAsync(Account account, CancellationToken cancellationToken) =>
        ForgetAfter(inner.TryCreateAsync(account, cancellationToken));

    public Task<bool> SetRolesAsync(string userName, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        ForgetAfter(inner.SetRolesAsync(userName, roles, cancellationToken));

    public Task<bool> SetPasswordHashAsync(string userName, string passwordHash, CancellationToken cancellationToken) =>
        ForgetAfter(inner.SetPasswordHashAsync(userName, passwordHash, cancellationToken));

    public Task SetSignInStateAsync(string userName, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken) =>
        ForgetAfter(inner.SetSignInStateAsync(userName, failedSignIns, lockedUntil, cancellationToken));

    public Task AddTokenAsync(ApiTokenRecord token, CancellationToken cancellationToken) =>
        ForgetAfter(inner.AddTokenAsync(token, cancellationToken));

    public Task<bool> RevokeTokenAsync(string userName, string tokenId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ForgetAfter(inner.RevokeTokenAsync(userName, tokenId, at, cancellationToken));

    /// <summary>Forgets before the change and again after it, so no read that raced the change keeps its old answer.</summary>
    private async Task<T> ForgetAfter<T>(Task<T> change)
    {
        Forget();
        try
        {
            return await change;
        }
        finally
        {
            Forget();
        }
    }

    private async Task ForgetAfter(Task change)
    {
        Forget();
        try
        {
            await change;
        }
        finally
        {
            Forget();
        }
    }

    private void Forget()
    {
        _accounts.Clear();
        _tokens.Clear();
    }

    private static void Keep<T>(ConcurrentDictionary<string, T> cache, string key, T value)
    {
        if (cache.Count >= MaxEntries)
        {
            cache.Clear();
        }

        cache[key] = value;
    }
}
