using DroneInspect.Viewer.Auth;
using Microsoft.Extensions.Time.Testing;

namespace DroneInspect.Viewer.Tests.Auth;

/// <summary>The account cache: found accounts and tokens kept a few seconds, forgotten at once on any change through it.</summary>
public sealed class CachingAccountStoreTests
{
    private readonly CountingStore _inner = new();
    private readonly FakeTimeProvider _time = new();
    private readonly CachingAccountStore _cache;

    public CachingAccountStoreTests()
    {
        _cache = new CachingAccountStore(_inner, _time);
        _inner.Accounts["ana"] = new Account("ana", "hash", [ViewerRoles.Engineer]);
        _inner.Tokens["h1"] = new ApiTokenRecord("t1", "ana", "laptop", "h1", DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public async Task FoundAccountAndTokenAreReadOnceWithinTheirTimeToLiveAndAgainAfter()
    {
        await _cache.FindAsync("ana", default);
        await _cache.FindAsync("ana", default);
        await _cache.FindTokenByHashAsync("h1", default);
        await _cache.FindTokenByHashAsync("h1", default);
        Assert.Equal((1, 1), (_inner.AccountReads, _inner.TokenReads));

        _time.Advance(CachingAccountStore.TimeToLive);
        await _cache.FindAsync("ana", default);
        await _cache.FindTokenByHashAsync("h1", default);
        Assert.Equal((2, 2), (_inner.AccountReads, _inner.TokenReads));
    }

    [Fact]
    public async Task RevokedTokenAndChangedRolesApplyToTheNextRead()
    {
        await _cache.FindAsync("ana", default);
        await _cache.FindTokenByHashAsync("h1", default);

        await _cache.RevokeTokenAsync("ana", "t1", DateTimeOffset.UnixEpoch, default);
        await _cache.SetRolesAsync("ana", [ViewerRoles.Pilot], default);

        Assert.NotNull((await _cache.FindTokenByHashAsync("h1", default))!.Revoked);
        Assert.Equal([ViewerRoles.Pilot], (await _cache.FindAsync("ana", default))!.Roles);
    }

    [Fact]
    public async Task UnknownNamesAndTokensAreNeverKept()
    {
        await _cache.FindAsync("nobody", default);
        await _cache.FindAsync("nobody", default);
        await _cache.FindTokenByHashAsync("guess", default);
        await _cache.FindTokenByHashAsync("guess", default);

        Assert.Equal((2, 2), (_inner.AccountReads, _inner.TokenReads));
    }

    /// <summary>An in-memory store that counts its reads.</summary>
    private sealed class CountingStore : IAccountStore
    {
        public Dictionary<string, Account> Accounts { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ApiTokenRecord> Tokens { get; } = new(StringComparer.Ordinal);

        public int AccountReads { get; private set; }

        public int TokenReads { get; private set; }

        public Task<Account?> FindAsync(string userName, CancellationToken cancellationToken)
        {
            AccountReads++;
            return Task.FromResult(Accounts.GetValueOrDefault(userName));
        }

        public Task<ApiTokenRecord?> FindTokenByHashAsync(string tokenHash, CancellationToken cancellationToken)
        {
            TokenReads++;
            return Task.FromResult(Tokens.GetValueOrDefault(tokenHash));
        }

        public Task<bool> SetRolesAsync(string userName, IReadOnlyList<string> roles, CancellationToken cancellationToken)
        {
            Accounts[userName] = Accounts[userName] with { Roles = roles };
            return Task.FromResult(true);
        }

        public Task<bool> RevokeTokenAsync(string userName, string tokenId, DateTimeOffset at, CancellationToken cancellationToken)
        {
            var hash = Tokens.Single(t => t.Value.Id == tokenId).Key;
            Tokens[hash] = Tokens[hash] with { Revoked = at };
            return Task.FromResult(true);
        }

        public Task<bool> AnyUserAsync(CancellationToken cancellationToken) => Task.FromResult(Accounts.Count > 0);

        public Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Account>>(Accounts.Values.ToList());

        public Task<bool> TryCreateAsync(Account account, CancellationToken cancellationToken) => Task.FromResult(Accounts.TryAdd(account.UserName, account));

        public Task<bool> SetPasswordHashAsync(string userName, string passwordHash, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task SetSignInStateAsync(string userName, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AddTokenAsync(ApiTokenRecord token, CancellationToken cancellationToken)
        {
            Tokens[token.TokenHash] = token;
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<ApiTokenRecord>> ListTokensAsync(string userName, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ApiTokenRecord>>(Tokens.Values.Where(t => t.UserName == userName).ToList());
    }
}
